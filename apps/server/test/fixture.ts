import type { Deps } from '../src/deps.ts';
import { systemActor } from '../src/features/auth/system-actor.ts';
import { createSubdistrict, createUnit } from '../src/features/territory/territory.service.ts';
import { createBuilding, createHousehold } from '../src/features/territory/buildings.service.ts';
import { createResident } from '../src/features/residents/residents.service.ts';
import { createOrg, createWorkingCommittee } from '../src/features/party-orgs/party-orgs.service.ts';
import { createMember } from '../src/features/party-members/party-members.service.ts';
import { createWorker } from '../src/features/workers/workers.service.ts';
import { idNumber, mobile, personName, prng } from '../src/seed/people-generator.ts';

export interface FixtureGrid {
  id: string;
  path: string;
  buildingId: string;
  householdId: string;
  residentIds: string[];
}
export interface FixtureCommunity {
  id: string;
  path: string;
  grids: [FixtureGrid, FixtureGrid];
  partyOrgId: string;
  branchId: string;
  memberId: string;
  workerId: string;
}
export interface FixtureSubdistrict {
  id: string;
  path: string;
  workingCommitteeId: string;
  communities: [FixtureCommunity, FixtureCommunity];
}
export interface Fixture {
  subdistricts: [FixtureSubdistrict, FixtureSubdistrict];
  /** Every full ID number and phone the fixture stored (for leak scans). */
  secrets: string[];
}

/**
 * Two subdistricts × two communities × two grids, each grid with a building, a household and
 * three residents with ID numbers and phones; a Party committee, branch and member and a worker
 * per community. Built through the services, as a real client would.
 */
export async function buildFixture(deps: Deps, seed = 1): Promise<Fixture> {
  const actor = systemActor();
  const rand = prng(seed);
  const secrets: string[] = [];
  const subdistricts = [] as unknown as Fixture['subdistricts'];
  for (const s of ['甲', '乙']) {
    const sub = await createSubdistrict(deps, actor, { name: `${s}街道`, validFrom: '2010-01-01' });
    const wc = await createWorkingCommittee(deps, actor, { name: `${s}街道党工委`, territoryId: sub.id });
    const communities = [] as unknown as FixtureSubdistrict['communities'];
    for (const c of ['一', '二']) {
      const community = await createUnit(deps, actor, {
        parentId: sub.id,
        kind: 'community',
        name: `${s}${c}社区`,
        validFrom: '2010-01-01',
      });
      const communityRow = await deps.db
        .selectFrom('org_units')
        .select('path')
        .where('id', '=', community.id)
        .executeTakeFirstOrThrow();
      const grids = [] as unknown as FixtureCommunity['grids'];
      for (const g of ['A', 'B']) {
        const grid = await createUnit(deps, actor, {
          parentId: community.id,
          kind: 'grid',
          name: `${s}${c}${g}网格`,
          validFrom: '2010-01-01',
        });
        const gridRow = await deps.db
          .selectFrom('org_units')
          .select('path')
          .where('id', '=', grid.id)
          .executeTakeFirstOrThrow();
        const building = await createBuilding(deps, actor, {
          gridId: grid.id,
          name: '1号楼',
          address: `${s}${c}路${g}号院`,
        });
        const household = await createHousehold(deps, actor, {
          gridId: grid.id,
          buildingId: building.id,
          address: `${s}${c}路${g}号院1号楼101`,
        });
        const residentIds: string[] = [];
        for (let i = 0; i < 3; i++) {
          const id = idNumber(rand, 1950 + i * 10, i % 2 === 0);
          const phone = mobile(rand);
          secrets.push(id, phone);
          const r = await createResident(deps, actor, {
            name: personName(rand),
            gridId: grid.id,
            householdId: household.id,
            address: household.address,
            idNumber: id,
            phone,
            isNeedy: i === 0,
            isElderly: i === 0,
            isDisabled: false,
            registeredOn: '2012-01-01',
          });
          residentIds.push(r.id);
        }
        grids.push({
          id: grid.id,
          path: gridRow.path,
          buildingId: building.id,
          householdId: household.id,
          residentIds,
        });
      }
      const partyOrg = await createOrg(deps, actor, {
        parentId: wc.id,
        kind: 'party_committee',
        name: `${s}${c}社区党委`,
        territoryId: community.id,
      });
      const branch = await createOrg(deps, actor, {
        parentId: partyOrg.id,
        kind: 'branch',
        category: 'community',
        name: `${s}${c}第一支部`,
        territoryId: community.id,
      });
      const member = await createMember(deps, actor, {
        name: personName(rand),
        residentId: grids[0].residentIds[0],
        branchId: branch.id,
        memberType: 'formal',
        status: 'retired',
        joinDate: '1990-07-01',
        workUnit: '',
      });
      const worker = await createWorker(deps, actor, {
        name: personName(rand),
        unitId: community.id,
        post: '社区工作者',
        origin: 'agency',
        isFirstSecretary: false,
        joinedOn: '2015-01-01',
      });
      communities.push({
        id: community.id,
        path: communityRow.path,
        grids,
        partyOrgId: partyOrg.id,
        branchId: branch.id,
        memberId: member.id,
        workerId: worker.id,
      });
    }
    subdistricts.push({ id: sub.id, path: sub.path, workingCommitteeId: wc.id, communities });
  }
  return { subdistricts, secrets };
}
