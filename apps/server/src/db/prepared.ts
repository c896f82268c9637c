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

/**
 * `prepared` for queries whose shape varies (an IN list's length, a union's members): one compiled query per shape,
 * built on first use from `shape` (anything `keyOf` names), at most `max` shapes per database kept.
 */
export function preparedByShape<DB, Row, S>(
  build: (db: Kysely<DB>, shape: S, param: (name: string) => string) => Compilable<Row>,
  keyOf: (shape: S) => string,
  max = 256,
): (db: Kysely<DB>, shape: S, values: Record<string, unknown>) => Promise<Row[]> {
  const compiled = new WeakMap<Kysely<DB>, Map<string, { query: CompiledQuery<Row>; slots: (string | null)[] }>>();
  return async (db, shape, values) => {
    let shapes = compiled.get(db);
    if (!shapes) {
      shapes = new Map();
      compiled.set(db, shapes);
    }
    const key = keyOf(shape);
    let entry = shapes.get(key);
    if (!entry) {
      const query = build(db, shape, (name) => `${SENTINEL}${name}`).compile();
      const slots = query.parameters.map((p) =>
        typeof p === 'string' && p.startsWith(SENTINEL) ? p.slice(SENTINEL.length) : null,
      );
      entry = { query, slots };
      if (shapes.size >= max) shapes.delete(shapes.keys().next().value as string);
      shapes.set(key, entry);
    }
    const { query, slots } = entry;
    const parameters = query.parameters.map((p, i) => (slots[i] === null ? p : values[slots[i] as string]));
    return (await db.executeQuery<Row>({ ...query, parameters })).rows;
  };
}
