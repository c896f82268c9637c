import type { BranchCategory } from '@jishi/shared';
import type { Deps } from '../deps.ts';
import type { Actor } from '../platform/actor.ts';
import { createMember } from '../features/party-members/party-members.service.ts';
import { createOrg, createWorkingCommittee } from '../features/party-orgs/party-orgs.service.ts';
import { getResident } from '../features/residents/residents.service.ts';
import { COMMUNITIES } from './demo-subdistrict.ts';
import { personName, pick, prng } from './people-generator.ts';
import type { SeededTerritory } from '../seed-context.ts';

const STATUSES = ['in_service', 'in_service', 'retired', 'retired', 'floating', 'unemployed'] as const;

/** 党工委 → community Party committees / general branches → branches (incl. floating, enterprise, grid, agency, social org) → groups. */
export async function seedParty(
  deps: Deps,
  actor: Actor,
  t: SeededTerritory,
  residents: Map<string, string[]>,
): Promise<void> {
  const rand = prng(1921);
  const wc = await createWorkingCommittee(deps, actor, {
    name: '中共秦岭路街道工作委员会',
    territoryId: t.subdistrictId,
  });
  const agency = await createOrg(deps, actor, {
    parentId: wc.id,
    kind: 'branch',
    category: 'agency',
    name: '秦岭路街道机关党支部',
    territoryId: t.subdistrictId,
  });
  const branches: { id: string; community: string | null }[] = [{ id: agency.id, community: null }];
  for (const c of COMMUNITIES) {
    const territoryId = t.communities.get(c.name) as string;
    const top = await createOrg(deps, actor, {
      parentId: wc.id,
      kind: c.partyOrg,
      territoryId,
      name: `中共${c.name}${c.partyOrg === 'party_committee' ? '委员会' : '总支部委员会'}`,
    });
    const category = c.kind === 'village' ? 'village' : 'community';
    const specs: { name: string; category: BranchCategory }[] = [
      { name: `${c.name}第一党支部`, category },
      { name: `${c.name}第二党支部`, category },
      { name: `${c.name}网格党支部`, category: 'grid' },
      ...(c.extraBranches ?? []),
    ];
    for (const s of specs) {
      const branch = await createOrg(deps, actor, {
        parentId: top.id,
        kind: 'branch',
        category: s.category,
        name: s.name,
        territoryId,
      });
      branches.push({ id: branch.id, community: c.name });
      if (s.name === '秦江社区第一党支部') {
        for (const g of ['第一党小组', '第二党小组'])
          await createOrg(deps, actor, { parentId: branch.id, kind: 'group', name: g, territoryId });
      }
    }
  }
  for (const b of branches) {
    const count = 6 + Math.floor(rand() * 10);
    for (let i = 0; i < count; i++) {
      const pool = b.community ? (residents.get(b.community) ?? []) : [];
      const residentId = pool.length && rand() < 0.7 ? pick(rand, pool) : undefined;
      const name = residentId ? (await getResident(deps, actor, residentId)).name : personName(rand);
      const year = 1960 + Math.floor(rand() * 55);
      await createMember(deps, actor, {
        name,
        residentId,
        branchId: b.id,
        memberType: rand() < 0.08 ? 'probationary' : 'formal',
        status: pick(rand, STATUSES),
        joinDate: `${year}-07-01`,
        workUnit: b.community ? '' : '秦岭路街道办事处',
      });
    }
  }
}
