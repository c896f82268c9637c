import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { isEmptyDatabase } from '../../src/db/backup-restore.ts';
import { openDatabase } from '../../src/db/database.ts';
import { MIGRATIONS } from '../../src/db/migrations/index.ts';
import type { DB } from '../../src/db/schema.ts';
import { recordAuditAlone, verifyChain } from '../../src/features/audit/audit.service.ts';
import { tableChecksums } from '../../src/features/backup/backup.checksums.ts';
import type { BackupManifest } from '../../src/features/backup/backup.manifest.ts';
import { createBackup } from '../../src/features/backup/backup.service.ts';
import { restoreBackup, verifyBackup } from '../../src/features/backup/restore.service.ts';
import { newFileKey } from '../../src/platform/files/file-store.ts';
import { createLocalDiskStore } from '../../src/platform/files/local-disk-store.ts';
import { adminQuery, postgresAdminUrl, testEngine } from '../engine.ts';
import { buildFixture, type Fixture } from '../fixture.ts';
import { createTestContext } from '../harness.ts';

const ctx = await createTestContext();
const work = mkdtempSync(join(tmpdir(), 'jishi-backup-test-'));
const dropLater: string[] = [];
afterAll(async () => {
  rmSync(work, { recursive: true, force: true });
  for (const name of dropLater) await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
});

/** A new, empty database of the engine under test: a file not yet created, or a server database just created. */
async function freshDatabaseUrl(): Promise<string> {
  const suffix = randomBytes(6).toString('hex');
  if (testEngine() === 'postgres') {
    const name = `jishi_t_${inject('templateDb').split('_')[2]}_${suffix}`;
    await adminQuery(`CREATE DATABASE ${name}`);
    dropLater.push(name);
    return postgresAdminUrl(name);
  }
  return `sqlite:${join(work, `restored-${suffix}.db`)}`;
}

async function checksumsOf(url: string) {
  const { db, engine } = openDatabase<unknown>(url);
  try {
    return await tableChecksums(db, engine.name);
  } finally {
    await db.destroy();
  }
}

/** Every byte of a backup as the database engine would read it (the server dump is compressed: expand it). */
function backupBytes(dir: string, manifest: BackupManifest): Buffer {
  const all: Buffer[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else all.push(readFileSync(path));
    }
  };
  walk(dir);
  if (testEngine() === 'postgres') {
    all.push(execFileSync('pg_restore', ['--file=-', join(dir, manifest.database.file)], { maxBuffer: 1 << 28 }));
  }
  return Buffer.concat(all);
}

let fixture: Fixture;
const stored = new Map<string, Buffer>();
let dir: string;
let manifest: BackupManifest;

beforeAll(async () => {
  fixture = await buildFixture(ctx.deps);
  for (const ext of ['jpg', 'pdf']) {
    const key = newFileKey(ext);
    const bytes = randomBytes(50_000);
    await ctx.deps.files.put(key, bytes);
    stored.set(key, bytes);
  }
  dir = join(work, 'backup-1');
  manifest = await createBackup(ctx.deps, dir);
});

describe('backup', () => {
  it('holds the database copy, the stored files and a manifest equal to the source', async () => {
    expect(manifest.engine).toBe(ctx.deps.engine.name);
    expect(manifest.database.madeBy).toMatch(
      testEngine() === 'postgres' ? /^pg_dump \d+\.\d+ \(PostgreSQL server \d+\.\d+/ : /online backup API/,
    );
    expect(manifest.schemaVersion).toBe(Object.keys(MIGRATIONS).sort().at(-1));
    expect(manifest.tables).toEqual(await tableChecksums(ctx.deps.db as never, ctx.deps.engine.name));
    const residents = manifest.tables.find((t) => t.name === 'residents');
    expect(residents?.rows).toBe(24);
    expect(manifest.tables.find((t) => t.name === 'audit_log')?.rows).toBeGreaterThan(24);
    expect(manifest.files.map((f) => f.key).sort()).toEqual([...stored.keys()].sort());
    for (const f of manifest.files) expect(readFileSync(join(dir, 'files', f.key))).toEqual(stored.get(f.key));
    await expect(verifyBackup(dir)).resolves.toEqual(manifest);
  });

  it('never decrypts: no ID number or phone of the fixture appears in any byte of the backup', () => {
    const bytes = backupBytes(dir, manifest);
    // control: the scan reads the data itself (a plain-text unit name is found)
    expect(bytes.includes(Buffer.from('甲一A网格'))).toBe(true);
    expect(fixture.secrets.length).toBe(48);
    const found = fixture.secrets.filter((secret) => bytes.includes(Buffer.from(secret)));
    expect(found).toEqual([]);
  });

  it('taken while writes go on, it holds one consistent state (the manifest equals the copy)', async () => {
    const who = { actorId: null, actorRole: null, ip: '127.0.0.1', requestId: 'backup-probe' };
    let stop = false;
    let written = 0;
    const writer = (async () => {
      while (!stop) {
        await recordAuditAlone(ctx.deps, who, { action: 'backup.probe', subjectType: 'probe' });
        written += 1;
        await delay(2);
      }
    })();
    while (written < 3) await delay(5);
    const before = written;
    const busyDir = join(work, 'backup-busy');
    const busy = await createBackup(ctx.deps, busyDir);
    const during = written - before;
    stop = true;
    await writer;
    expect(during).toBeGreaterThan(0);

    const url = await freshDatabaseUrl();
    await restoreBackup(
      busyDir,
      { databaseUrl: url, files: createLocalDiskStore(join(work, 'files-busy')) },
      {
        force: false,
      },
    );
    const { db } = openDatabase<DB>(url);
    try {
      const chain = await verifyChain(db, ctx.deps.auditKeys);
      expect(chain.problem).toBeNull();
      expect(chain.checked).toBe(busy.tables.find((t) => t.name === 'audit_log')?.rows);
    } finally {
      await db.destroy();
    }
  });

  it('refuses to write into a directory that exists', async () => {
    await expect(createBackup(ctx.deps, dir)).rejects.toThrow(/already exists/);
  });
});

describe('restore', () => {
  let url: string;
  const filesRoot = join(work, 'files-restored');

  it('restores into a fresh database: same row counts and checksums, the files, an intact audit chain', async () => {
    url = await freshDatabaseUrl();
    const files = createLocalDiskStore(filesRoot);
    const report = await restoreBackup(dir, { databaseUrl: url, files }, { force: false });
    expect(report.files).toBe(2);
    expect(await checksumsOf(url)).toEqual(manifest.tables);
    for (const [key, bytes] of stored) expect(await files.get(key)).toEqual(bytes);

    const { db } = openDatabase<DB>(url);
    try {
      const chain = await verifyChain(db, ctx.deps.auditKeys);
      expect(chain.problem).toBeNull();
      expect(chain.checked).toBe(manifest.tables.find((t) => t.name === 'audit_log')?.rows);
      // the encrypted fields came back as they were: the master key (kept outside) still opens them
      const resident = await db
        .selectFrom('residents')
        .select('id_no_enc')
        .where('id', '=', fixture.subdistricts[0].communities[0].grids[0].residentIds[0])
        .executeTakeFirstOrThrow();
      expect(ctx.deps.cipher.decrypt('id_no', resident.id_no_enc ?? '')).toBe(fixture.secrets[0]);
    } finally {
      await db.destroy();
    }
  });

  it('refuses a database that is not empty without --force, and replaces it with --force', async () => {
    const { db } = openDatabase<unknown>(url);
    await sql`CREATE TABLE left_over (id integer PRIMARY KEY)`.execute(db);
    await db.destroy();
    const files = createLocalDiskStore(filesRoot);
    await expect(restoreBackup(dir, { databaseUrl: url, files }, { force: false })).rejects.toThrow(
      /target database is not empty.*--force/,
    );
    expect((await checksumsOf(url)).some((t) => t.name === 'left_over')).toBe(true);

    await restoreBackup(dir, { databaseUrl: url, files }, { force: true });
    expect(await checksumsOf(url)).toEqual(manifest.tables);
  });
});

describe('a damaged or altered backup', () => {
  const copy = (name: string): string => {
    const target = join(work, name);
    cpSync(dir, target, { recursive: true });
    return target;
  };
  const flipByte = (path: string): void => {
    const bytes = readFileSync(path);
    const at = Math.floor(bytes.length / 2);
    bytes[at] = (bytes[at] ?? 0) ^ 0x01;
    writeFileSync(path, bytes);
  };

  it('a changed byte in the database copy is refused before anything is touched', async () => {
    const bad = copy('tampered-db');
    flipByte(join(bad, manifest.database.file));
    const url = await freshDatabaseUrl();
    const files = createLocalDiskStore(join(work, 'files-tampered-db'));
    await expect(restoreBackup(bad, { databaseUrl: url, files }, { force: false })).rejects.toThrow(
      /database copy does not match its checksum/,
    );
    expect(await isEmptyDatabase(url)).toBe(true);
  });

  it('a changed byte in a stored file is refused before anything is touched', async () => {
    const bad = copy('tampered-file');
    const [first] = manifest.files;
    if (!first) throw new Error('the backup holds no file');
    flipByte(join(bad, 'files', first.key));
    const url = await freshDatabaseUrl();
    const files = createLocalDiskStore(join(work, 'files-tampered-file'));
    await expect(restoreBackup(bad, { databaseUrl: url, files }, { force: false })).rejects.toThrow(
      /stored file .* does not match its checksum/,
    );
    expect(await isEmptyDatabase(url)).toBe(true);
  });

  it('a manifest whose table checksum was changed is caught when the restored tables are compared', async () => {
    const bad = copy('tampered-manifest');
    const path = join(bad, 'manifest.json');
    const altered = JSON.parse(readFileSync(path, 'utf8')) as BackupManifest;
    const residents = altered.tables.find((t) => t.name === 'residents');
    if (!residents) throw new Error('no residents table in the manifest');
    residents.sha256 = `${residents.sha256.slice(0, 63)}${residents.sha256.endsWith('0') ? '1' : '0'}`;
    writeFileSync(path, JSON.stringify(altered));
    const url = await freshDatabaseUrl();
    const files = createLocalDiskStore(join(work, 'files-tampered-manifest'));
    await expect(restoreBackup(bad, { databaseUrl: url, files }, { force: false })).rejects.toThrow(
      /differs from the backup's manifest.*residents: same row count, different content/,
    );
  });

  it('a backup from a newer schema, or of the other engine, is refused before anything is touched', async () => {
    const newer = copy('newer-schema');
    const path = join(newer, 'manifest.json');
    const altered = JSON.parse(readFileSync(path, 'utf8')) as BackupManifest;
    altered.schemaVersion = '2099_01_01_0000_from_the_future';
    writeFileSync(path, JSON.stringify(altered));
    const url = await freshDatabaseUrl();
    const files = createLocalDiskStore(join(work, 'files-newer'));
    await expect(restoreBackup(newer, { databaseUrl: url, files }, { force: false })).rejects.toThrow(
      /newer version of Jishi/,
    );
    expect(await isEmptyDatabase(url)).toBe(true);
    const otherEngine =
      testEngine() === 'postgres' ? `sqlite:${join(work, 'other-engine.db')}` : 'postgres://nobody@127.0.0.1:1/none';
    await expect(restoreBackup(dir, { databaseUrl: otherEngine, files }, { force: true })).rejects.toThrow(
      /restores into the same kind of database/,
    );
  });

  it('a manifest that is not JSON is refused', async () => {
    const bad = copy('tampered-json');
    writeFileSync(join(bad, 'manifest.json'), '{"format": "jishi-backup/1",');
    await expect(verifyBackup(bad)).rejects.toThrow(/manifest.json .* is damaged/);
  });
});
