// npm test: the whole suite — unit + integration on SQLite, the integration suite again on
// PostgreSQL, then browser flows in Chromium. Under CI nothing may be skipped.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const root = new URL('..', import.meta.url).pathname;
const ci = Boolean(process.env.CI);
const failures = [];
const skipped = [];
const reports = mkdtempSync(join(tmpdir(), 'jishi-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
let reportCount = 0;

function run(label, [command, ...args], env = {}) {
  console.log(`\n━━ ${label} ━━`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, TZ: 'UTC', ...env } });
  if (result.status !== 0) failures.push(label);
}

/** Vitest with its usual output plus a JSON report whose counts feed the closing line. */
function runVitest(label, projects, env = {}) {
  reportCount += 1;
  const report = join(reports, `report-${reportCount}.json`);
  const projectArgs = projects.flatMap((p) => ['--project', p]);
  run(
    label,
    ['npx', 'vitest', 'run', ...projectArgs, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    env,
  );
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    totals.passed += json.numPassedTests;
    totals.failed += json.numFailedTests;
    totals.skipped += json.numPendingTests + json.numTodoTests;
  }
}

function loudSkip(what, why) {
  const line = '!'.repeat(78);
  console.log(`\n${line}\n!! SKIPPED: ${what}\n!! ${why}\n${line}`);
  skipped.push(what);
}

async function postgresReachable() {
  const client = new pg.Client({
    connectionString: process.env.JISHI_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    connectionTimeoutMillis: 3000,
  });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

runVitest('unit + integration (SQLite)', ['unit', 'integration']);

if (await postgresReachable()) runVitest('integration (PostgreSQL)', ['integration'], { JISHI_TEST_DB: 'postgres' });
else if (ci) failures.push('integration (PostgreSQL): database not reachable at 127.0.0.1:5432');
else
  loudSkip(
    'integration suite on PostgreSQL',
    'no PostgreSQL at 127.0.0.1:5432 (set JISHI_TEST_PG_URL to point elsewhere)',
  );

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(chromium)) {
  run('build staff console', ['npm', 'run', 'build', '-w', '@jishi/web']);
  runVitest('browser flows (Chromium)', ['e2e']);
} else if (ci) failures.push(`browser flows: Chromium missing at ${chromium}`);
else loudSkip('browser flows', `Chromium not found at ${chromium} (apt-get install -y chromium)`);

console.log('\n━━ summary ━━');
if (skipped.length) console.log(`skipped suites: ${skipped.join('; ')}`);
if (failures.length) console.log(`FAILED: ${failures.join('; ')}`);
// The closing line, in the plain form CI reads.
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failures.length ? 1 : 0);
