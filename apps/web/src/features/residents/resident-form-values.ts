import type { Dayjs } from 'dayjs';
import { fromIsoDate, toIsoDate } from '../../lib/format.ts';
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

/** Form values → body for residentCreateBody (empty optional fields are left out). */
export function toCreateInput(v: ResidentFormValues) {
  return {
    name: v.name ?? '',
    gender: v.gender,
    birthDate: toIsoDate(v.birthDate),
    gridId: v.gridId ?? '',
    householdId: v.householdId,
    address: v.address?.trim() ?? '',
    idNumber: blankToUndefined(v.idNumber),
    phone: blankToUndefined(v.phone),
    isNeedy: v.isNeedy ?? false,
    isElderly: v.isElderly ?? false,
    isDisabled: v.isDisabled ?? false,
  };
}

/** Form values → residentUpdateBody: blank ID/phone mean "unchanged", cleared optional fields become null. */
export function toUpdateInput(v: ResidentFormValues) {
  return {
    name: v.name ?? '',
    gender: v.gender ?? null,
    birthDate: toIsoDate(v.birthDate) ?? null,
    gridId: v.gridId ?? '',
    householdId: v.householdId ?? null,
    address: v.address?.trim() ?? '',
    idNumber: blankToUndefined(v.idNumber),
    phone: blankToUndefined(v.phone),
    isNeedy: v.isNeedy ?? false,
    isElderly: v.isElderly ?? false,
    isDisabled: v.isDisabled ?? false,
  };
}

export function fromResident(r: ResidentView): ResidentFormValues {
  return {
    name: r.name,
    gender: r.gender ?? undefined,
    birthDate: fromIsoDate(r.birthDate),
    gridId: r.gridId,
    householdId: r.householdId ?? undefined,
    address: r.address,
    isNeedy: r.isNeedy,
    isElderly: r.isElderly,
    isDisabled: r.isDisabled,
  };
}
