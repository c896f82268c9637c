import type { Deps } from '../deps.ts';
import type { Actor } from '../platform/actor.ts';
import { createSubdistrict, createUnit } from '../features/territory/territory.service.ts';
import { mergeUnit } from '../features/territory/territory.merge.ts';
import type { SeededTerritory } from '../seed-context.ts';
import { COMMUNITIES, FORMER_COMMUNITIES, GRID_ORDINALS, MERGE_DATE, SUBDISTRICT } from './demo-subdistrict.ts';

/** Subdistrict, communities, village, grids and micro-grids, then the 2015 merges (10 → 8 + village). */
export async function seedTerritory(deps: Deps, actor: Actor): Promise<SeededTerritory> {
  const root = await createSubdistrict(deps, actor, SUBDISTRICT);
  const communities = new Map<string, string>();
  const grids = new Map<string, { id: string; name: string }[]>();
  const addGrids = async (communityName: string, communityId: string, count: number) => {
    const list = grids.get(communityName) ?? [];
    for (let i = 0; i < count; i++) {
      const name = `${communityName}${GRID_ORDINALS[i]}网格`;
      const grid = await createUnit(deps, actor, {
        parentId: communityId,
        kind: 'grid',
        name,
        validFrom: SUBDISTRICT.validFrom,
      });
      list.push({ id: grid.id, name });
    }
    grids.set(communityName, list);
    return list;
  };
  for (const c of COMMUNITIES) {
    const unit = await createUnit(deps, actor, {
      parentId: root.id,
      kind: c.kind,
      name: c.name,
      code: c.code ?? undefined,
      validFrom: SUBDISTRICT.validFrom,
    });
    communities.set(c.name, unit.id);
    await addGrids(c.name, unit.id, c.grids);
  }
  for (const f of FORMER_COMMUNITIES) {
    const unit = await createUnit(deps, actor, {
      parentId: root.id,
      kind: 'community',
      name: f.name,
      validFrom: SUBDISTRICT.validFrom,
    });
    const moved = await addGrids(f.name, unit.id, f.grids);
    await mergeUnit(deps, actor, unit.id, { targetId: communities.get(f.into) as string, effectiveDate: MERGE_DATE });
    grids.get(f.into)?.push(...moved);
    grids.delete(f.name);
  }
  const qinjiang = communities.get('秦江社区') as string;
  const dedicated = await createUnit(deps, actor, {
    parentId: qinjiang,
    kind: 'grid',
    gridKind: 'dedicated',
    name: '秦江社区企业专属网格',
    validFrom: '2016-01-01',
  });
  grids.get('秦江社区')?.push({ id: dedicated.id, name: dedicated.name });
  const firstGrid = grids.get('秦江社区')?.[0];
  for (const n of ['1号楼', '2号楼']) {
    if (firstGrid)
      await createUnit(deps, actor, {
        parentId: firstGrid.id,
        kind: 'micro_grid',
        name: `${firstGrid.name}${n}微网格`,
        validFrom: '2016-01-01',
      });
  }
  return { subdistrictId: root.id, communities, grids };
}
