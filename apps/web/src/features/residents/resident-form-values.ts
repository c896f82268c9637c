import type { Dayjs } from 'dayjs';
import { toIsoDate } from '../../lib/format.ts';
import type { ResidentView } from './residents-api.ts';

export interface ResidentFormValues {
  name?: string;
  gender?: 'male' | 'female';
  birthDate?: Dayjs;
  gridId?: string;
  householdId?: string;
  address?: string;
  idNumber?: string;
  phone?: string;
  isNeedy?: boolean;
  isElderly?: boolean;
  isDisabled?: boolean;
}

function blankToUndefined(v: string | undefined): string | undefined {
  const s = v?.trim();
  return s ? s : undefined;
}

/** The fields read the same way for create and update; blank ID/phone are left out. */
function commonInput(v: ResidentFormValues) {
  return {
    name: v.name ?? '',
    gridId: v.gridId ?? '',
    address: v.address?.trim() ?? '',
    idNumber: blankToUndefined(v.idNumber),
    phone: blankToUndefined(v.phone),
    isNeedy: v.isNeedy ?? false,
    isElderly: v.isElderly ?? false,
    isDisabled: v.isDisabled ?? false,
  };
}

/** Form values → body for residentCreateBody (empty optional fields are left out). */
export function toCreateInput(v: ResidentFormValues) {
  return { ...commonInput(v), gender: v.gender, birthDate: toIsoDate(v.birthDate), householdId: v.householdId };
}

/**
 * Form values → residentUpdateBody: blank ID/phone/birth date mean "unchanged" (none of them is shown
 * in the form), cleared optional fields become null.
 */
export function toUpdateInput(v: ResidentFormValues) {
  return {
    ...commonInput(v),
    gender: v.gender ?? null,
    birthDate: toIsoDate(v.birthDate),
    householdId: v.householdId ?? null,
  };
}

export function fromResident(r: ResidentView): ResidentFormValues {
  return {
    name: r.name,
    gender: r.gender ?? undefined,
    gridId: r.gridId,
    householdId: r.householdId ?? undefined,
    address: r.address,
    isNeedy: r.isNeedy,
    isElderly: r.isElderly,
    isDisabled: r.isDisabled,
  };
}
