import type { Deps } from '../deps.ts';
import type { Actor } from '../platform/actor.ts';
import { createBuilding, createHousehold } from '../features/territory/buildings.service.ts';
import { createResident } from '../features/residents/residents.service.ts';
import { createWorker } from '../features/workers/workers.service.ts';
import { COMMUNITIES, OFFICE_AGENCY_STAFF, SUNK_CADRES_PER_UNIT, WORKERS_PER_UNIT } from './demo-subdistrict.ts';
import { idNumber, mobile, personName, prng } from './people-generator.ts';
import type { SeededTerritory } from '../seed-context.ts';

const BUILDINGS_PER_GRID = 3;
const HOUSEHOLDS_PER_BUILDING = 5;

/** Buildings, households and residents in every grid; returns resident ids per community for members. */
export async function seedResidents(deps: Deps, actor: Actor, t: SeededTerritory): Promise<Map<string, string[]>> {
  const rand = prng(2015);
  const byCommunity = new Map<string, string[]>();
  for (const [community, grids] of t.grids) {
    const ids: string[] = [];
    let yard = 0;
    for (const grid of grids) {
      for (let b = 1; b <= BUILDINGS_PER_GRID; b++) {
        yard += 1;
        const address = `中原区${community.replace(/（演示）|^原/g, '')}${yard}号院`;
        const building = await createBuilding(deps, actor, { gridId: grid.id, name: `${b}号楼`, address });
        for (let h = 1; h <= HOUSEHOLDS_PER_BUILDING; h++) {
          const household = await createHousehold(deps, actor, {
            gridId: grid.id,
            buildingId: building.id,
            address: `${address}${b}号楼${h}0${h}室`,
          });
          const size = 1 + Math.floor(rand() * 3);
          for (let p = 0; p < size; p++) {
            const year = 1935 + Math.floor(rand() * 80);
            const male = rand() < 0.5;
            const r = await createResident(deps, actor, {
              name: personName(rand),
              gridId: grid.id,
              householdId: household.id,
              address: household.address,
              idNumber: idNumber(rand, year, male),
              phone: rand() < 0.8 ? mobile(rand) : undefined,
              isNeedy: rand() < 0.05,
              isElderly: year < 1946,
              isDisabled: rand() < 0.03,
              registeredOn: `${2005 + Math.floor(rand() * 10)}-0${1 + Math.floor(rand() * 9)}-15`,
            });
            ids.push(r.id);
          }
        }
      }
    }
    byCommunity.set(community, ids);
  }
  return byCommunity;
}

/** >20 workers per community; 40 sunk cadres out of 67 agency staff; a first secretary in each. */
export async function seedWorkers(deps: Deps, actor: Actor, t: SeededTerritory): Promise<void> {
  const rand = prng(40);
  for (let i = 0; i < OFFICE_AGENCY_STAFF; i++) {
    await createWorker(deps, actor, {
      name: personName(rand),
      unitId: t.subdistrictId,
      post: '机关工作人员',
      origin: 'agency',
      isFirstSecretary: false,
      joinedOn: '2012-07-01',
    });
  }
  for (const [i, c] of COMMUNITIES.entries()) {
    const unitId = t.communities.get(c.name) as string;
    const sunk = SUNK_CADRES_PER_UNIT[i];
    for (let w = 0; w < WORKERS_PER_UNIT; w++) {
      const origin = w < sunk ? 'agency' : w < sunk + 6 ? 'graduate' : w < sunk + 12 ? 'public_welfare' : 'resident';
      const post =
        w === 0 ? '第一书记' : w === sunk ? '社区书记' : origin === 'public_welfare' ? '公益性岗位' : '社区工作者';
      await createWorker(deps, actor, {
        name: personName(rand),
        unitId,
        post,
        origin,
        isFirstSecretary: w === 0,
        joinedOn: origin === 'agency' ? '2015-04-01' : '2013-09-01',
      });
    }
  }
}
