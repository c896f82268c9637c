import { z } from 'zod';
import { isValidIdNumber, isValidMobile } from './id-number.ts';

/** Custom issue messages are keys; both ends translate them (see validation-messages.ts). */
export const zId = z.string().uuid();
export const zDate = z.iso.date();
export const zIdNumber = z.string().trim().toUpperCase().refine(isValidIdNumber, { message: 'validation.idNumber' });
export const zMobile = z.string().trim().refine(isValidMobile, { message: 'validation.mobile' });
/** GB/T 2260 region code, optionally extended by the 3-digit town and 3-digit village parts. */
export const zRegionCode = z.string().regex(/^\d{6}(\d{3}(\d{3})?)?$/, { message: 'validation.regionCode' });
export const zName = z.string().trim().min(1).max(60);
export const zReason = z.string().trim().min(4, { message: 'validation.reason' }).max(200);

export const zPage = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const zOk = z.object({ ok: z.literal(true) });

export function zPaged<T extends z.ZodTypeAny>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}
