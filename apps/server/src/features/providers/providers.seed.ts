import type { Deps } from '../../deps.ts';
import type { SeedContext } from '../../seed-context.ts';
import { listPremises } from '../premises/premises.service.ts';
import { createService } from '../service-requests/catalog.service.ts';
import { DEMO_MARK } from '../../seed/demo-subdistrict.ts';
import { addAgreement, createProvider, linkAccount } from './providers.service.ts';
import { PROVIDERS } from './providers.demo-data.ts';

/**
 * Providers in the communities' service centres: a free-space agreement for a room, the low-cost service each offers
 * (in the catalogue, through its service), and the demo provider account linked to 秦江's.
 */
export async function seedProviders(deps: Deps, ctx: SeedContext): Promise<void> {
  const actor = ctx.system;
  const unit = (name: string) => ctx.territory.communities.get(name) as string;
  let qinjiang: string | undefined;
  for (const pr of PROVIDERS) {
    const rooms = (await listPremises(deps, actor, { unitId: unit(pr.community) })).flatMap((p) => p.rooms);
    const p = await createProvider(deps, actor, {
      unitId: unit(pr.community),
      name: pr.name,
      kind: pr.kind,
      description: `入驻社区服务中心，低偿服务${DEMO_MARK}`,
      contactPhone: null,
    });
    await addAgreement(deps, actor, p.id, {
      roomId: rooms.find((r) => r.name === pr.room)?.id as string,
      startsOn: '2015-01-01',
      endsOn: '2017-12-31',
      conditions: '无偿使用场地，面向社区居民提供低偿服务，接受社区监督',
    });
    await createService(deps, actor, {
      unitId: unit(pr.community),
      code: pr.service.code,
      name: pr.service.name,
      description: `${pr.name}提供`,
      category: pr.kind === 'housekeeping' ? 'housekeeping' : 'elderly',
      programme: null,
      providedBy: 'provider',
      providerId: p.id,
      providerName: pr.name,
      priceKind: 'low_cost',
      priceFen: pr.service.priceFen,
      timeLimitHours: 24,
    });
    if (pr.community === '秦江社区') qinjiang = p.id;
  }
  const account = await ctx.actorOf('provider');
  if (account && qinjiang) await linkAccount(deps, actor, qinjiang, { userId: account.userId });
}
