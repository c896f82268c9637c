// House rules Biome cannot express. Run by `npm run lint`; exits 1 with one line per finding.
// 1. No history markers such as an issue number in parentheses in the source: history belongs in git and docs/decisions.
// 2. The Kysely schema (apps/server/src/db/schema.ts) is imported for its types only (`import type`), so it never
//    becomes a runtime dependency that ties every layer to every table.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const tracked = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter((f) => /\.(ts|tsx|mjs|js|css|html)$/.test(f) && !f.startsWith('docs/'));

const marker = /\bissues? #?\d+\b/i;
const schemaImport = /^\s*import\s+(?!type\b)[^'"]*from\s+['"][^'"]*\/schema\.ts['"]/;
const isServerSource = (file) => file.startsWith('apps/server/') || file.startsWith('bench/');
const findings = [];
for (const file of tracked) {
  let text;
  try {
    text = readFileSync(new URL(file, `file://${root}`), 'utf8');
  } catch {
    continue; // listed by git but deleted in the work tree
  }
  text.split('\n').forEach((line, i) => {
    if (marker.test(line)) findings.push(`${file}:${i + 1}: history marker "${line.match(marker)[0]}"`);
    if (isServerSource(file) && schemaImport.test(line))
      findings.push(`${file}:${i + 1}: db/schema.ts is imported for types only; write \`import type\``);
  });
}
if (findings.length) {
  console.error(findings.join('\n'));
  process.exit(1);
}
console.log(`source rules: ${tracked.length} files, no history markers, db/schema.ts imported for types only`);
