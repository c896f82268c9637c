import { z } from 'zod';
import { zDate, zId, zMobile, zText } from './common.schema.ts';
import { PRICE_KINDS } from './service-requests.schema.ts';

/** Third-party service providers (服务商): agreements on rooms, the services they provide, their accounts. */
export const PROVIDER_KINDS = ['elderly_care', 'housekeeping', 'health', 'children', 'repair', 'other'] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];
export const providerBody = z.strictObject({
  unitId: zId,
  name: zText(100),
  kind: z.enum(PROVIDER_KINDS),
  description: z.string().trim().max(1000).default(''),
  contactPhone: zMobile.nullable().default(null),
});
export type ProviderCreate = z.infer<typeof providerBody>;
export const agreementBody = z
  .strictObject({
    roomId: zId,
    startsOn: zDate,
    endsOn: zDate,
    conditions: zText(1000),
  })
  .refine((b) => b.endsOn >= b.startsOn, { message: 'validation.timeOrder', path: ['endsOn'] });
export type AgreementInput = z.infer<typeof agreementBody>;
export const providerAccountBody = z.strictObject({ userId: zId });
export type ProviderAccountInput = z.infer<typeof providerAccountBody>;
/** A provider account (role `provider`): the user who sees and handles this provider's orders only. */
export const providerAccountView = z.object({ userId: z.string(), username: z.string(), displayName: z.string() });
export const providerView = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  name: z.string(),
  kind: z.enum(PROVIDER_KINDS),
  description: z.string(),
  contactPhone: z.string().nullable(),
  active: z.boolean(),
  agreements: z.array(
    z.object({
      id: z.string(),
      roomId: z.string(),
      roomName: z.string(),
      startsOn: z.string(),
      endsOn: z.string(),
      conditions: z.string(),
    }),
  ),
  services: z.array(
    z.object({
      id: z.string(),
      code: z.string(),
      name: z.string(),
      priceKind: z.enum(PRICE_KINDS),
      priceFen: z.number().int(),
    }),
  ),
  accounts: z.array(providerAccountView),
});
export type ProviderView = z.infer<typeof providerView>;
