import type { Conn } from '../../db/schema.ts';
import { ORG_LIFE_FREQUENCY, periodOf, requiredOrgLife } from './party-life.rules.ts';

/**
 * 三会一课 per branch for [from, to] (indicators): the slots owed (kind × month/quarter/year ending in the
 * period) and how many of them had at least one meeting. One read of the branches and one of the period's meetings.
 */
export async function orgLifeSlots(
  db: Conn,
  from: string,
  to: string,
): Promise<{ branchId: string; territoryId: string; held: number; required: number }[]> {
  const required = requiredOrgLife(from, to);
  const branches = await db
    .selectFrom('party_orgs')
    .select(['id', 'territory_id'])
    .where('kind', '=', 'branch')
    .execute();
  const meetings = await db
    .selectFrom('org_life_meetings')
    .select(['branch_id', 'kind', 'held_on'])
    .where('held_on', '>=', from)
    .where('held_on', '<=', to)
    .execute();
  const held = new Map<string, Set<string>>();
  for (const m of meetings) {
    const frequency = ORG_LIFE_FREQUENCY[m.kind];
    if (!frequency) continue;
    const slot = `${m.kind}|${periodOf(frequency, m.held_on)}`;
    if (required.has(slot)) held.set(m.branch_id, (held.get(m.branch_id) ?? new Set<string>()).add(slot));
  }
  return branches.map((b) => ({
    branchId: b.id,
    territoryId: b.territory_id,
    held: held.get(b.id)?.size ?? 0,
    required: required.size,
  }));
}
