import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';

/** Canonical base64 of exactly 32 bytes: 43 characters and one '=' pad. */
const KEY_TEXT = /^[A-Za-z0-9+/]{43}=$/;

/** Why a key text is not a data key, or null when it is one. Lenient decoding would silently drop bad characters. */
export function dataKeyProblem(text: string): string | null {
  const trimmed = text.trim();
  if (!KEY_TEXT.test(trimmed) || Buffer.from(trimmed, 'base64').toString('base64') !== trimmed)
    return 'must be the base64 of exactly 32 random bytes (44 characters ending in "="), e.g. from `openssl rand -base64 32`';
  return null;
}

/** The 32 key bytes of a key text; throws naming where the text came from. */
export function parseDataKey(text: string, source: string): Buffer {
  const problem = dataKeyProblem(text);
  if (problem) throw new Error(`${source} ${problem}`);
  return Buffer.from(text.trim(), 'base64');
}

/**
 * The master key for field encryption: from JISHI_DATA_KEY, or in demo mode a key file created
 * once beside (not inside) the database, so database copies and backups never carry it.
 * A malformed key is refused here, before any database is opened, created or migrated.
 */
export function loadMasterKey(config: { dataKey: string | undefined; dataDir: string; demo: boolean }): Buffer {
  if (config.dataKey !== undefined) return parseDataKey(config.dataKey, 'JISHI_DATA_KEY');
  if (!config.demo) throw new Error('JISHI_DATA_KEY is required in production mode');
  const dir = join(config.dataDir, 'keys');
  const file = join(dir, 'master.key');
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600 });
  }
  return parseDataKey(readFileSync(file, 'utf8'), `The key file ${file}`);
}
