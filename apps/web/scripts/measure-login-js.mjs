// Gzip size of the JavaScript the /login route loads: the entry chunk, the lazy login page
// chunk and everything they import statically (from dist/.vite/manifest.json).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const dist = new URL('../dist/', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));

function collect(key, out) {
  const chunk = manifest[key];
  if (!chunk || out.has(chunk.file)) return out;
  out.add(chunk.file);
  for (const dep of chunk.imports ?? []) collect(dep, out);
  return out;
}

const files = collect('index.html', new Set());
collect('src/features/auth/login-page.tsx', files);

let raw = 0;
let gz = 0;
const rows = [...files]
  .filter((f) => f.endsWith('.js'))
  .map((file) => {
    const buf = readFileSync(join(dist, file));
    const size = gzipSync(buf, { level: 9 }).length;
    raw += buf.length;
    gz += size;
    return { file, kB: (buf.length / 1024).toFixed(1), gzipKB: (size / 1024).toFixed(1) };
  });
rows.sort((a, b) => Number(b.gzipKB) - Number(a.gzipKB));
console.table(rows);
console.log(
  `login route initial JS: ${(raw / 1024).toFixed(1)} kB raw, ${(gz / 1024).toFixed(1)} kB gzip (${files.size} files)`,
);
