import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';

/**
 * The master key for field encryption: from JISHI_DATA_KEY, or in demo mode a key file created
 * once beside (not inside) the database, so database copies and backups never carry it.
 */
export function loadMasterKey(config: { dataKey: string | undefined; dataDir: string; demo: boolean }): Buffer {
  if (config.dataKey) {
    const key = Buffer.from(config.dataKey, 'base64');
    if (key.length !== 32) throw new Error('JISHI_DATA_KEY must be base64 of exactly 32 bytes');
    return key;
  }
  if (!config.demo) throw new Error('JISHI_DATA_KEY is required in production mode');
  const dir = join(config.dataDir, 'keys');
  const file = join(dir, 'master.key');
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600 });
  }
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
}
