// House rules Biome cannot express: no history markers such as an issue number in parentheses in the source — history
// belongs in git and in docs/decisions. Run by `npm run lint`; exits 1 with one line per finding.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const tracked = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter((f) => /\.(ts|tsx|mjs|js|css|html)$/.test(f) && !f.startsWith('docs/'));

const marker = /\bissues? #?\d+\b/i;
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
  });
}
if (findings.length) {
  console.error(`${findings.join('\n')}\n\nHistory belongs in git and docs/decisions, not in the source.`);
  process.exit(1);
}
console.log(`source rules: ${tracked.length} files, no history markers`);
