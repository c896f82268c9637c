import { z } from 'zod';
import { zBirthDate, zId, zIdNumber, zMobile, zName, zPage, zPastDate, zReason } from './common.schema.ts';

export const GENDERS = ['male', 'female'] as const;

/**
 * Residents: ID number and phone only ever travel masked, unless revealed. The birth date is exactly
 * the 8 digits the 6+4 ID mask hides, so it never travels beside the mask: it leaves only through the
 * audited reveal, like the full numbers (no age or age band either: see decision 0027).
 */
export const residentView = z.object({
  id: z.string(),
  name: z.string(),
  gender: z.enum(GENDERS).nullable(),
  gridId: z.string(),
  gridName: z.string(),
  householdId: z.string().nullable(),
  address: z.string(),
  idNumberMasked: z.string().nullable(),
  phoneMasked: z.string().nullable(),
  isNeedy: z.boolean(),
  isElderly: z.boolean(),
  isDisabled: z.boolean(),
  registeredOn: z.string(),
  updatedAt: z.string(),
  abilities: z.object({ update: z.boolean(), reveal: z.boolean() }),
});
export type ResidentView = z.infer<typeof residentView>;

export const residentListQuery = zPage.extend({
  q: z.string().trim().max(50).optional(),
  gridId: zId.optional(),
  flag: z.enum(['needy', 'elderly', 'disabled']).optional(),
});

const residentFields = {
  name: zName,
  gender: z.enum(GENDERS).optional(),
  birthDate: zBirthDate.optional(),
  gridId: zId,
  householdId: zId.optional(),
  address: z.string().trim().max(200).default(''),
  idNumber: zIdNumber.optional(),
  phone: zMobile.optional(),
  isNeedy: z.boolean().default(false),
  isElderly: z.boolean().default(false),
  isDisabled: z.boolean().default(false),
  registeredOn: zPastDate.optional(),
};
export const residentCreateBody = z.strictObject(residentFields);
export type ResidentCreate = z.infer<typeof residentCreateBody>;
export const residentUpdateBody = z.strictObject({
  name: zName.optional(),
  gender: z.enum(GENDERS).nullable().optional(),
  birthDate: zBirthDate.nullable().optional(),
  gridId: zId.optional(),
  householdId: zId.nullable().optional(),
  address: z.string().trim().max(200).optional(),
  idNumber: zIdNumber.nullable().optional(),
  phone: zMobile.nullable().optional(),
  isNeedy: z.boolean().optional(),
  isElderly: z.boolean().optional(),
  isDisabled: z.boolean().optional(),
});

export type ResidentUpdate = z.infer<typeof residentUpdateBody>;

export const REVEAL_FIELDS = ['idNumber', 'phone', 'birthDate'] as const;
export type RevealField = (typeof REVEAL_FIELDS)[number];
export const revealBody = z.strictObject({
  fields: z.array(z.enum(REVEAL_FIELDS)).min(1),
  reason: zReason,
});
export type RevealInput = z.infer<typeof revealBody>;
export const revealView = z.object({
  idNumber: z.string().nullable().optional(),
  phone: z.string().nullable().optional(),
  birthDate: z.string().nullable().optional(),
});

/**
 * Exact look-ups (each one says "yes, that is the number" for a masked phone or ID number). A phone
 * mask hides 4 digits (10,000 candidates): at 60 a day one user needs ≥ 166 days to try them all,
 * one address (300 a day) ≥ 33 days. The arithmetic is in decision 0027; LOOKUP_LIMITED quotes these.
 */
export const LOOKUP_LIMITS = { userPerHour: 20, userPerDay: 60, addressPerHour: 100, addressPerDay: 300 } as const;
export const lookupBody = z
  .strictObject({ idNumber: zIdNumber.optional(), phone: zMobile.optional() })
  .refine((b) => b.idNumber || b.phone, { message: 'validation.lookup' });
export type LookupInput = z.infer<typeof lookupBody>;

export const exportBody = z.strictObject({
  reason: zReason,
  q: z.string().trim().max(50).optional(),
  gridId: zId.optional(),
  flag: z.enum(['needy', 'elderly', 'disabled']).optional(),
});
export type ExportInput = z.infer<typeof exportBody>;

export const importResultView = z.object({ imported: z.number().int() });
