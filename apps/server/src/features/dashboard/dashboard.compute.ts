/** Pure roll-ups for the home dashboard, tested without a database. */
export interface UnitAt {
  id: string;
  kind: string;
  name: string;
  parentAt: string | null;
}

/** Each unit's community or village on the date, walking the parents in force on that date. */
export function communityOf(units: UnitAt[]): Map<string, string> {
  const byId = new Map(units.map((u) => [u.id, u]));
  const out = new Map<string, string>();
  for (const u of units) {
    let cur: UnitAt | undefined = u;
    for (let hops = 0; cur && hops < 8; hops++) {
      if (cur.kind === 'community' || cur.kind === 'village') {
        out.set(u.id, cur.id);
        break;
      }
      cur = cur.parentAt ? byId.get(cur.parentAt) : undefined;
    }
  }
  return out;
}

/**
 * Units whose chain of parents in force on the date reaches one of the roots (roots included).
 * After a merge a grid's current path lies under its new community, so paths alone would count
 * it there for dates before the merge too; the chain on the date does not.
 */
export function withinAt(units: UnitAt[], rootIds: ReadonlySet<string>): Set<string> {
  const byId = new Map(units.map((u) => [u.id, u]));
  const out = new Set<string>();
  for (const u of units) {
    let cur: UnitAt | undefined = u;
    for (let hops = 0; cur && hops < 8; hops++) {
      if (rootIds.has(cur.id)) {
        out.add(u.id);
        break;
      }
      cur = cur.parentAt ? byId.get(cur.parentAt) : undefined;
    }
  }
  return out;
}

export const WORKERS_TARGET = 20;

/** "各社区工作人员均超过了20人": the target is more than 20. */
export const meetsWorkerTarget = (workers: number): boolean => workers > WORKERS_TARGET;

export function share(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 1000) / 1000 : null;
}
