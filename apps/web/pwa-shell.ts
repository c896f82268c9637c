import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** The source modules a cold offline start of /grid/today needs: the entry, the offline shell, the layout, the page and its strings. */
export const OFFLINE_ROOTS = [
  'index.html',
  'src/app/offline-shell.tsx',
  'src/app/app-layout.tsx',
  'src/features/grid/today-page.tsx',
  'src/lib/i18n/grid.zh-CN.ts',
  'src/lib/i18n/grid.en.ts',
];

interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
  assets?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/** The hashed files of `roots` and everything they import statically, as absolute URLs, sorted. */
export function shellAssets(manifest: Manifest, roots: readonly string[]): string[] {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`pwa-shell: ${key} is not in the build manifest`);
    if (seen.has(key)) return;
    seen.add(key);
    for (const f of [chunk.file, ...(chunk.css ?? []), ...(chunk.assets ?? [])]) files.add(`/${f}`);
    for (const i of chunk.imports ?? []) visit(i);
  };
  for (const r of roots) visit(r);
  return [...files].sort();
}

/**
 * Writes the build's version (a hash of every hashed file name) and the offline shell's files into dist/sw.js,
 * after Vite has written the bundle and copied public/sw.js.
 */
export function pwaShell(): Plugin {
  let outDir = '';
  return {
    name: 'jishi-pwa-shell',
    apply: 'build',
    configResolved(config) {
      outDir = join(config.root, config.build.outDir);
    },
    closeBundle() {
      const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
      const every = Object.values(manifest)
        .map((c) => c.file)
        .sort();
      const build = createHash('sha256').update(every.join('\n')).digest('hex').slice(0, 16);
      const swPath = join(outDir, 'sw.js');
      const source = readFileSync(swPath, 'utf8');
      const marks = ["'__JISHI_BUILD__'", '/* __JISHI_SHELL_ASSETS__ */ []'];
      for (const m of marks) if (!source.includes(m)) throw new Error(`pwa-shell: ${m} missing from sw.js`);
      writeFileSync(
        swPath,
        source
          .replace(marks[0], JSON.stringify(build))
          .replace(marks[1], JSON.stringify(shellAssets(manifest, OFFLINE_ROOTS))),
      );
    },
  };
}
