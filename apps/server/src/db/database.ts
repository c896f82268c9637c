import { Kysely } from 'kysely';
import { createEngine, type Engine } from './dialect.ts';

export interface Database<DB> {
  db: Kysely<DB>;
  engine: Engine;
}

/** Opens the database named by a URL (`sqlite:<file>`, `sqlite::memory:` or `postgres://…`). */
export function openDatabase<DB>(url: string, options: { sqliteImage?: Buffer } = {}): Database<DB> {
  const engine = createEngine(url, options);
  return { db: new Kysely<DB>({ dialect: engine.kysely }), engine };
}
