import { engineOfUrl } from './dialect.ts';
import { postgresIsEmpty, postgresRestore } from './backup-postgres.ts';
import { sqliteIsEmpty, sqliteRestore } from './backup-sqlite.ts';

/** True when the database a URL names holds no table yet (a file not yet created counts as empty). */
export function isEmptyDatabase(url: string): Promise<boolean> {
  return engineOfUrl(url) === 'postgres' ? postgresIsEmpty(url) : sqliteIsEmpty(url);
}

/**
 * Loads a backup's database copy into the database a URL names, replacing what is there (the caller
 * has checked that it is empty or that the operator asked to replace it). `madeBy` is the backup's
 * record of the tool that made the copy, `tables` the tables it holds.
 */
export async function restoreDump(
  url: string,
  dumpFile: string,
  options: { replace: boolean; madeBy: string; tables: string[] },
): Promise<void> {
  if (engineOfUrl(url) === 'postgres') await postgresRestore(url, dumpFile, options);
  else await sqliteRestore(url, dumpFile);
}
