import { z } from 'zod';
import { zMobile } from './common.schema.ts';

/** Residents' portal: sign-in by phone + password or a one-time code. */
export const portalPasswordLoginBody = z.strictObject({ phone: zMobile, password: z.string().min(1).max(256) });
export type PortalPasswordLoginInput = z.infer<typeof portalPasswordLoginBody>;
export const portalCodeRequestBody = z.strictObject({ phone: zMobile });
export const portalCodeLoginBody = z.strictObject({ phone: zMobile, code: z.string().regex(/^\d{6}$/) });
export type PortalCodeLoginInput = z.infer<typeof portalCodeLoginBody>;
export const portalCodeSentView = z.object({ sent: z.literal(true), expiresInSeconds: z.number() });
