import type { CompiledQuery, Compilable, Kysely } from 'kysely';

/**
 * A query built and compiled once, then re-run with new parameter values: hot paths (the session
 * lookup on every request, detail reads) skip Kysely's immutable builder and compiler.
 * Parameters are marked with sentinels while building and substituted by position.
 */
const SENTINEL = '\u0000jishi-param:';

export function prepared<DB, Row, Names extends string>(
  build: (db: Kysely<DB>, param: (name: Names) => string) => Compilable<Row>,
): (db: Kysely<DB>, values: Record<Names, unknown>) => Promise<Row[]> {
  const compiled = new WeakMap<Kysely<DB>, { query: CompiledQuery<Row>; slots: (Names | null)[] }>();
  return async (db, values) => {
    let entry = compiled.get(db);
    if (!entry) {
      const query = build(db, (name) => `${SENTINEL}${name}`).compile();
      const slots = query.parameters.map((p) =>
        typeof p === 'string' && p.startsWith(SENTINEL) ? (p.slice(SENTINEL.length) as Names) : null,
      );
      entry = { query, slots };
      compiled.set(db, entry);
    }
    const { query, slots } = entry;
    const parameters = query.parameters.map((p, i) => (slots[i] === null ? p : values[slots[i] as Names]));
    const result = await db.executeQuery<Row>({ ...query, parameters });
    return result.rows;
  };
}
