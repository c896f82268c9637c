import type { Deps } from '../../deps.ts';
import type { SeedContext } from '../../seed-context.ts';
import { setBoundary } from './boundary.service.ts';

/**
 * Invented demo boundaries (演示, not surveyed): each grid of 秦江社区 a small block of a 2-column
 * layout near 113.60°E 34.75°N, so the dashboard's grid map has something to draw.
 */
export async function seedBoundaries(deps: Deps, ctx: SeedContext): Promise<void> {
  const communityId = ctx.territory.communities.get('秦江社区');
  if (!communityId) return;
  const grids = await deps.db
    .selectFrom('org_units')
    .select('id')
    .where('parent_id', '=', communityId)
    .where('kind', '=', 'grid')
    .orderBy('name')
    .execute();
  const w = 0.004;
  const h = 0.003;
  for (const [i, g] of grids.entries()) {
    const x = 113.6 + (i % 2) * w;
    const y = 34.75 - Math.floor(i / 2) * h;
    const ring: [number, number][] = [
      [x, y],
      [x + w, y],
      [x + w, y - h],
      [x, y - h],
      [x, y],
    ];
    await setBoundary(deps, ctx.system, g.id, { boundary: { type: 'Polygon', coordinates: [ring] } });
  }
}
