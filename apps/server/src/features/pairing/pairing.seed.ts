import type { HelperRole, TargetKind } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { SeedContext, SeededCommunity } from '../../seed-context.ts';
import { newId } from '../../platform/ids.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { addDays, today } from '../../platform/local-date.ts';
import { auditedBatches } from '../audit/audit.service.ts';
import { allBranches } from '../party-orgs/party-orgs.service.ts';
import { needyWithGridPath } from '../residents/residents.service.ts';
import { personName } from '../../seed/people-generator.ts';
import { demoDay as day } from '../../seed/demo-year.ts';
import { insertContacts, insertPairings } from './pairing.repo.ts';
import type { PairingContactTable, PairingTable } from './pairing.table.ts';

/**
 * "3+2+1" pairing in 2015: leadership members ≥3, branch secretaries ≥2, Party cadres ≥1 (one leader and one
 * secretary short of the quota), with monthly contacts and recent visits (a few pairs left without one).
 * Bulk-inserted through the repo, one audit record per batch (action `*.seed`).
 */
export async function seedPairing(deps: Deps, ctx: SeedContext): Promise<void> {
  const { system: actor, communities } = ctx;
  const rand = ctx.random(2016);
  const now = nowIsoOf(deps.clock);
  const branches = await allBranches(deps.db);
  const leader = await ctx.actorOf('leader');
  const needy = await needyWithGridPath(deps.db);
  const communityOf = (path: string) => communities.find((c) => path.startsWith(c.path));
  const pool = needy.filter((r) => communityOf(r.path));
  const targetFor = (c: SeededCommunity): { kind: TargetKind; residentId: string | null; name: string } => {
    const found = pool.findIndex((r) => r.path.startsWith(c.path));
    if (found >= 0 && rand() < 0.8) {
      const r = pool.splice(found, 1)[0];
      return { kind: 'needy_resident', residentId: r.id, name: r.name };
    }
    return rand() < 0.5
      ? { kind: 'unit', residentId: null, name: `${c.name}辖区小微企业` }
      : { kind: 'service_object', residentId: null, name: `${c.name}空巢老人服务对象` };
  };
  const pairs: PairingTable[] = [];
  /** A branch secretary's pairs lie in their branch's community and are their branch's; other helpers' spread over the communities. */
  const helper = (
    role: HelperRole,
    name: string,
    userId: string | null,
    count: number,
    startAt: number,
    branch?: (typeof branches)[number],
  ) => {
    const home = branch && communities.find((x) => x.id === branch.community_id);
    for (let k = 0; k < count; k++) {
      const c = home ?? communities[(startAt + k) % communities.length];
      const target = targetFor(c);
      pairs.push({
        id: newId(),
        community_id: c.id,
        helper_key: userId ? `user:${userId}` : `name:${role}:${name}`,
        helper_user_id: userId,
        helper_name: name,
        helper_role: role,
        helper_branch_id: home ? branch.id : null,
        target_kind: target.kind,
        target_resident_id: target.residentId,
        target_name: target.name,
        started_on: day(3, 1),
        created_by: actor.userId,
        created_at: now,
      });
    }
  };
  helper('leader', leader?.displayName ?? '班子成员（演示）', leader?.userId ?? null, 3, 0);
  for (let i = 0; i < 6; i++) helper('leader', `班子成员${'甲乙丙丁戊己'[i]}`, null, i === 4 ? 2 : 3, i + 1); // one short of the quota
  for (const [i, b] of branches.entries())
    helper('branch_secretary', `${b.name}书记`, null, i % 11 === 6 ? 1 : 2, i, b);
  for (let i = 0; i < 24; i++) helper('cadre', `党员干部${personName(rand)}`, null, 1, i);
  await auditedBatches(deps, actor, 'pairing.seed', ctx.subdistrictPath, pairs, insertPairings);
  const contacts = pairs.flatMap((p, i) => {
    const monthly = Array.from(
      { length: 10 },
      (_, k): PairingContactTable => ({
        id: newId(),
        pairing_id: p.id,
        contacted_on: day(3 + k, 5 + (i % 20)),
        kind: k % 3 === 1 ? 'call' : k % 3 === 2 ? 'help' : 'visit',
        note: '走访慰问（演示）',
        photos: '[]',
        recorded_by: actor.userId,
        created_at: now,
      }),
    );
    const recent: PairingContactTable[] =
      i % 8 === 3 || i === 2
        ? []
        : [
            {
              id: newId(),
              pairing_id: p.id,
              contacted_on: addDays(today(deps.clock), -(i % 20)),
              kind: 'visit',
              note: '近期走访（演示）',
              photos: '[]',
              recorded_by: actor.userId,
              created_at: now,
            },
          ];
    return [...monthly, ...recent];
  });
  await auditedBatches(deps, actor, 'pairing_contact.seed', ctx.subdistrictPath, contacts, insertContacts);
}
