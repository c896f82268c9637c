// npm start: build the web app if it is missing, then run the server in this process
// (migrates and seeds on first start; signals reach the server directly).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { register } from 'tsx/esm/api';

const root = new URL('..', import.meta.url).pathname;
if (!existsSync(`${root}apps/web/dist/index.html`)) {
  console.log('Building the staff console (first start)…');
  const build = spawnSync('npm', ['run', 'build', '-w', '@jishi/web'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
register();
process.chdir(root);
await import('../apps/server/src/main.ts');
