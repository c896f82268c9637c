import type { Deps } from '../../deps.ts';
import type { SeedContext } from '../../seed-context.ts';
import { createBrand, createHonour } from './brands.service.ts';
import { BRANDS, HONOURS } from './brands.demo-data.ts';

/** The communities' service brands and honours, through the service. */
export async function seedBrands(deps: Deps, ctx: SeedContext): Promise<void> {
  const unit = (name: string) => ctx.territory.communities.get(name) as string;
  for (const b of BRANDS)
    await createBrand(deps, ctx.system, {
      unitId: unit(b.community),
      name: b.name,
      story: b.story,
      activities: b.activities,
    });
  for (const h of HONOURS)
    await createHonour(deps, ctx.system, {
      unitId: unit(h.community),
      title: h.title,
      kind: h.kind,
      holder: h.holder,
      conferredBy: h.conferredBy,
      conferredOn: h.conferredOn,
    });
}
