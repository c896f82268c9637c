// npm test: the whole suite — unit + integration on SQLite, the integration suite again on
// PostgreSQL, then browser flows in Chromium. Under CI nothing may be skipped.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import pg from 'pg';

const root = new URL('..', import.meta.url).pathname;
const ci = Boolean(process.env.CI);
const failures = [];
const skipped = [];

function run(label, [command, ...args], env = {}) {
  console.log(`\n━━ ${label} ━━`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, TZ: 'UTC', ...env } });
  if (result.status !== 0) failures.push(label);
}

function loudSkip(what, why) {
  const line = '!'.repeat(78);
  console.log(`\n${line}\n!! SKIPPED: ${what}\n!! ${why}\n${line}`);
  skipped.push(what);
}

async function postgresReachable() {
  const client = new pg.Client({ connectionString: process.env.JISHI_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres', connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

run('unit + integration (SQLite)', ['npx', 'vitest', 'run', '--project', 'unit', '--project', 'integration']);

if (await postgresReachable()) run('integration (PostgreSQL)', ['npx', 'vitest', 'run', '--project', 'integration'], { JISHI_TEST_DB: 'postgres' });
else if (ci) failures.push('integration (PostgreSQL): database not reachable at 127.0.0.1:5432');
else loudSkip('integration suite on PostgreSQL', 'no PostgreSQL at 127.0.0.1:5432 (set JISHI_TEST_PG_URL to point elsewhere)');

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(chromium)) {
  run('build staff console', ['npm', 'run', 'build', '-w', '@jishi/web']);
  run('browser flows (Chromium)', ['npx', 'vitest', 'run', '--project', 'e2e']);
} else if (ci) failures.push(`browser flows: Chromium missing at ${chromium}`);
else loudSkip('browser flows', `Chromium not found at ${chromium} (apt-get install -y chromium)`);

console.log('\n━━ summary ━━');
if (skipped.length) console.log(`skipped: ${skipped.join('; ')}`);
if (failures.length) {
  console.log(`FAILED: ${failures.join('; ')}`);
  process.exit(1);
}
console.log('all suites passed');
