import { z } from 'zod';
import { isValidIdNumber, isValidMobile } from './id-number.ts';

/** Custom issue messages are keys; both ends translate them (see validation-messages.ts). */
export const zId = z.string().uuid();
/** Dates a register may hold: no year 1 and no year 9999 (a typo or a probe, never a real record). */
export const DATE_MIN = '1900-01-01';
export const DATE_MAX = '2099-12-31';
export const zDate = z.iso
  .date()
  .refine((d) => !/^\d{4}-/.test(d) || (d >= DATE_MIN && d <= DATE_MAX), { message: 'validation.dateRange' });
/** Today as a date in Asia/Shanghai (the day the registers count on), on either end. */
export const shanghaiDate = (at: Date = new Date()): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(at);
/** A day that has already come: joining, registering, being born. */
export const zPastDate = zDate.refine((d) => d <= shanghaiDate(), { message: 'validation.futureDate' });
/** A birth date: 1900-01-01 to today. */
export const zBirthDate = zDate.refine((d) => d <= shanghaiDate(), { message: 'validation.birthDate' });
export const zIdNumber = z.string().trim().toUpperCase().refine(isValidIdNumber, { message: 'validation.idNumber' });
export const zMobile = z.string().trim().refine(isValidMobile, { message: 'validation.mobile' });
/** GB/T 2260 region code, optionally extended by the 3-digit town and 3-digit village parts. */
export const zRegionCode = z.string().regex(/^\d{6}(\d{3}(\d{3})?)?$/, { message: 'validation.regionCode' });
/** Zero-width characters that change nothing a reader sees: removed from names. */
const ZERO_WIDTH = /[\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff]/g;
/**
 * Format characters left after that: bidirectional embeddings, overrides, isolates and marks
 * (U+202A–U+202E, U+2066–U+2069, U+200E/F, U+061C) reorder what a reader sees; none belongs in a name.
 */
const FORMAT_CHAR = /\p{Cf}/u;
/**
 * A person's or an organisation's name: trimmed, zero-width characters removed, never empty,
 * no bidirectional controls (a name must read as it is stored), at most 60 characters.
 */
export const zName = z
  .string()
  .overwrite((v) => v.replace(ZERO_WIDTH, ''))
  .trim()
  .min(1, { message: 'validation.nameEmpty' })
  .max(60)
  .refine((v) => !FORMAT_CHAR.test(v), { message: 'validation.nameControl' });
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

/** Free text of at most `max` characters, never empty. */
export const zText = (max: number) => z.string().trim().min(1).max(max);
/** Free text of at most `max` characters that may be empty. */
export const zFreeText = (max: number) => z.string().trim().max(max);
/** Free text of at most `max` characters, empty when left out. */
export const zOptText = (max: number) => zFreeText(max).default('');
export const zYear = z.coerce.number().int().min(2000).max(2100);
export const zYearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'validation.monthFormat' });
/** An action that takes no input; extra fields are refused like everywhere else. */
export const emptyBody = z.strictObject({});

/** Photos are named by the file keys their upload returned (`yyyy/mm/<uuid>.<ext>`). */
export const zFileKey = z.string().regex(/^\d{4}\/\d{2}\/[0-9a-f-]{36}\.[a-z0-9]{1,5}$/);
export const zPhotos = z.array(zFileKey).max(9).default([]);
export const fileKeyView = z.object({ key: z.string() });
export const indexedPhotoParams = z.object({ id: zId, n: z.coerce.number().int().min(0).max(8) });
