import type { Conn, Trx } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import type { OrgScope } from '../../platform/org-scope.ts';
import { authorize } from '../../platform/authorize.ts';
import { auditWho, recordAudit } from '../audit/audit.service.ts';
import { cellsOf, monthCellsOf } from './indicators.engine.ts';
import type { Cell, CounterDef } from './indicators.types.ts';
import * as repo from './rollups.repo.ts';
import { dayOf } from '../../platform/local-date.ts';

/**
 * The write-side API every module calls INSIDE its write transaction, with a counter code from its own
 * `x.indicators.ts`: one record counted
 * (delta 1) or uncounted (delta -1) for a unit on the day of `dateOrInstant` (Asia/Shanghai).
 */
export async function bumpCounter(
  trx: Trx | Conn,
  counter: string,
  unitId: string,
  dateOrInstant: string,
  delta = 1,
): Promise<void> {
  await repo.addToCell(trx, counter, unitId, dayOf(dateOrInstant), delta);
}

const key = (c: Cell) => `${c.unit_id}|${c.day}`;

/** A counter's total over the days [from, to] for the units under a path (within the scope the caller has authorized). */
export async function counterTotal(
  db: Conn,
  counter: string,
  scope: OrgScope,
  underPath: string,
  from: string,
  to: string,
): Promise<number> {
  const rows = await repo.sumPerCounterAndUnit(db, [counter], scope, from, to);
  return rows.filter((r) => r.path.startsWith(underPath)).reduce((n, r) => n + r.value, 0);
}

/** Differences between the stored cells (day and month) and a raw recount (empty = exact). */
export async function compareCounter(
  db: Conn,
  def: CounterDef,
): Promise<{ cell: string; stored: number; recount: number }[]> {
  const truth = cellsOf(await def.recount(db)).filter((c) => c.value !== 0);
  const days = diff(
    new Map((await repo.cellsOf(db, def.code)).map((c) => [key(c), Number(c.value)])),
    new Map(truth.map((c) => [key(c), c.value])),
  );
  const months = diff(
    new Map((await repo.monthCellsStored(db, def.code)).map((c) => [`${c.unit_id}|${c.month}`, Number(c.value)])),
    new Map(monthCellsOf(truth).map((c) => [`${c.unit_id}|${c.month}`, c.value])),
  );
  return [...days, ...months];
}

function diff(stored: Map<string, number>, truth: Map<string, number>) {
  const out: { cell: string; stored: number; recount: number }[] = [];
  for (const k of new Set([...stored.keys(), ...truth.keys()])) {
    const s = stored.get(k) ?? 0;
    const t = truth.get(k) ?? 0;
    if (s !== t) out.push({ cell: k, stored: s, recount: t });
  }
  return out;
}

/** Rebuilds counters from their detail rows inside the caller's transaction (after a bulk load or a restore). */
export async function rebuildCounters(
  trx: Trx,
  defs: readonly CounterDef[],
): Promise<{ counter: string; cells: number }[]> {
  const out: { counter: string; cells: number }[] = [];
  for (const def of defs) {
    const cells = cellsOf(await def.recount(trx)).filter((c) => c.value !== 0);
    await repo.clearCounter(trx, def.code);
    await repo.insertCells(trx, def.code, cells);
    out.push({ counter: def.code, cells: cells.length });
  }
  return out;
}

/** The admin's rebuild: authorized, one transaction with its audit record. */
export async function rebuildAsActor(deps: Deps, actor: Actor, defs: readonly CounterDef[]) {
  authorize(actor, 'indicator:rebuild');
  return deps.db.transaction().execute(async (trx) => {
    const result = await rebuildCounters(trx, defs);
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'indicator.rebuild',
      subjectType: 'indicator_rollups',
      subjectId: null,
      orgPath: actor.scope.paths[0] ?? null,
      changes: { counters: result },
    });
    return result;
  });
}
