import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { loadConfig } from '../config.ts';
import { createLocalDiskStore } from '../platform/files/local-disk-store.ts';
import { openCheckedDatabase } from '../start-checks.ts';
import { runFirstSetup, SetupRefused } from '../features/setup/setup.service.ts';

/**
 * npm run setup -- --code 110105001 --name 建外街道 --security-admin NAME --audit-admin NAME --admin NAME
 * [--valid-from YYYY-MM-DD]: the one-time, audited first set-up of a production database (decision 0033).
 * Prints the three one-time passwords once. Exit 0 when done, 2 when refused, 1 on any other error.
 */
const USAGE =
  'usage: npm run setup -- --code <9-digit division code> --name <subdistrict name> ' +
  '--security-admin <user> --audit-admin <user> --admin <user> [--valid-from YYYY-MM-DD]';

async function main(): Promise<number> {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      options: {
        code: { type: 'string' },
        name: { type: 'string' },
        'security-admin': { type: 'string' },
        'audit-admin': { type: 'string' },
        admin: { type: 'string' },
        'valid-from': { type: 'string' },
      },
      strict: true,
    }));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : error}\n${USAGE}`);
    return 2;
  }
  const missing = ['code', 'name', 'security-admin', 'audit-admin', 'admin'].filter((k) => !values[k]);
  if (missing.length) {
    console.error(`missing: ${missing.map((k) => `--${k}`).join(', ')}\n${USAGE}`);
    return 2;
  }
  const config = loadConfig();
  const { deps } = await openCheckedDatabase(config, createLocalDiskStore(join(config.dataDir, 'files')));
  try {
    const integrity = deps.startChecks?.integrity;
    if (integrity && !integrity.ok) {
      console.error(`The database failed its integrity check (${integrity.problems.join('; ')}); set-up refused.`);
      return 2;
    }
    const result = await runFirstSetup(deps, {
      code: String(values.code),
      name: String(values.name),
      securityAdmin: String(values['security-admin']),
      auditAdmin: String(values['audit-admin']),
      admin: String(values.admin),
      validFrom: values['valid-from'],
    });
    const lines = [
      `\n  基石 Jishi set up on ${deps.engine.label}: ${result.root.name} (${result.root.code})`,
      '  One-time passwords — shown only now; each account must change its password at first sign-in:',
      ...result.accounts.map((a) => `    ${a.username.padEnd(20)} ${a.oneTimePassword}   ${a.displayName} (${a.role})`),
      '',
    ];
    console.log(lines.join('\n'));
    return 0;
  } catch (error) {
    if (error instanceof SetupRefused) {
      console.error(error.message);
      return 2;
    }
    throw error;
  } finally {
    await deps.db.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
