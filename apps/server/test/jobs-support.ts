import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, inject } from 'vitest';
import { openDatabase } from '../src/db/database.ts';
import type { Db, DB } from '../src/db/schema.ts';
import type { Engine } from '../src/db/dialect.ts';
import { adminQuery, postgresAdminUrl, testEngine } from './engine.ts';
import { type Clock, systemClock } from '../src/platform/clock.ts';

/** What a node of the scheduled-job tests holds: its own connection (pool) to the shared database. */
export interface Node {
  db: Db;
  engine: Engine;
  /** The runner's default clock; the tests pass their own `now`. */
  clock: Clock;
}

/**
 * Two app nodes on one migrated database, each with its own connection: on the server database two separate
 * connection pools, on the embedded one two connections to one file (copied from the migrated template).
 */
export async function twoNodes(): Promise<[Node, Node]> {
  const template = inject('templateDb');
  let url: string;
  if (testEngine() === 'postgres') {
    const name = `jishi_t_${template.split('_')[2]}_${randomBytes(6).toString('hex')}`;
    await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    url = postgresAdminUrl(name);
    afterAll(async () => {
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    });
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'jishi-jobs-'));
    const file = join(dir, 'two-nodes.db');
    writeFileSync(file, readFileSync(template));
    url = `sqlite:${file}`;
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
  }
  const a = openDatabase<DB>(url);
  const b = openDatabase<DB>(url);
  afterAll(async () => {
    await a.db.destroy();
    await b.db.destroy();
  });
  return [
    { ...a, clock: systemClock },
    { ...b, clock: systemClock },
  ];
}

/** A clock the test moves by hand. */
export function testClock(start: string) {
  let t = Date.parse(start);
  return {
    now: () => new Date(t),
    set: (iso: string) => {
      t = Date.parse(iso);
    },
    advance: (ms: number) => {
      t += ms;
    },
  };
}
