import { z } from 'zod';
import { zDate, zId, zText } from './common.schema.ts';
import { PRICE_KINDS } from './service-requests.schema.ts';

/** Community brands (品牌) and honours, and the public page of a community. */
export const HONOUR_KINDS = ['honour', 'demonstration_site'] as const;
export type HonourKind = (typeof HONOUR_KINDS)[number];
export const brandBody = z.strictObject({
  unitId: zId,
  name: zText(60),
  story: z.string().trim().max(5000).default(''),
  activities: z.array(zText(200)).max(50).default([]),
});
export type BrandInput = z.infer<typeof brandBody>;
export const honourBody = z.strictObject({
  unitId: zId,
  title: zText(200),
  kind: z.enum(HONOUR_KINDS),
  holder: zText(100),
  conferredBy: zText(100),
  conferredOn: zDate,
});
export type HonourCreate = z.infer<typeof honourBody>;
export const brandView = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  name: z.string(),
  story: z.string(),
  activities: z.array(z.string()),
  photoIds: z.array(z.string()),
});
export const honourView = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  title: z.string(),
  kind: z.enum(HONOUR_KINDS),
  holder: z.string(),
  conferredBy: z.string(),
  conferredOn: z.string(),
});
export const brandsView = z.object({ brands: z.array(brandView), honours: z.array(honourView) });

/** The public page of a community: premises and rooms, services, brand and honours (no personal data). */
export const communityPageView = z.object({
  unitId: z.string(),
  name: z.string(),
  grids: z.array(z.object({ id: z.string(), name: z.string() })),
  premises: z.array(
    z.object({
      name: z.string(),
      address: z.string(),
      openingHours: z.string(),
      totalAreaM2: z.number().int(),
      rooms: z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          kind: z.string(),
          capacity: z.number().int(),
          bookable: z.boolean(),
        }),
      ),
    }),
  ),
  services: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      description: z.string(),
      programme: z.string().nullable(),
      providerName: z.string(),
      priceKind: z.enum(PRICE_KINDS),
      priceFen: z.number().int(),
      timeLimitHours: z.number().int(),
    }),
  ),
  brands: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      story: z.string(),
      activities: z.array(z.string()),
      photoIds: z.array(z.string()),
    }),
  ),
  honours: z.array(
    z.object({
      title: z.string(),
      kind: z.enum(HONOUR_KINDS),
      holder: z.string(),
      conferredBy: z.string(),
      conferredOn: z.string(),
    }),
  ),
});
export type CommunityPageView = z.infer<typeof communityPageView>;
export const publicCommunitiesView = z.array(z.object({ unitId: z.string(), name: z.string() }));
