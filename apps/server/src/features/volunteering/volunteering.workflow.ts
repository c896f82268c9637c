import type { SIGNUP_STATUSES } from '@jishi/shared';

export type SignupStatus = (typeof SIGNUP_STATUSES)[number];
export type SignupAction = 'check_in' | 'check_out' | 'record' | 'verify';

/**
 * A sign-up's life: signed up → checked in → checked out → service time recorded by the organiser
 * (谁组织谁记录) → verified (only verified time counts). Recording again before verification corrects it.
 */
export const SIGNUP_TRANSITIONS: Record<SignupAction, { from: readonly SignupStatus[]; to: SignupStatus }> = {
  check_in: { from: ['signed_up'], to: 'checked_in' },
  check_out: { from: ['checked_in'], to: 'checked_out' },
  record: { from: ['checked_out', 'recorded'], to: 'recorded' },
  verify: { from: ['recorded'], to: 'verified' },
};

/** The next status, or null when the action is not allowed from this status (→ 409). */
export function nextSignupStatus(current: SignupStatus, action: SignupAction): SignupStatus | null {
  const t = SIGNUP_TRANSITIONS[action];
  return t.from.includes(current) ? t.to : null;
}

/**
 * Service time is the actual time served without travel: never more than the span between
 * check-in and check-out (the organiser may record less).
 */
export function serviceMinutesValid(minutes: number, checkedInAt: string, checkedOutAt: string): boolean {
  const span = Math.floor((Date.parse(checkedOutAt) - Date.parse(checkedInAt)) / 60000);
  return Number.isInteger(minutes) && minutes > 0 && span >= 0 && minutes <= span;
}

/** Star levels (星级志愿者) at 100/300/600/1000/1500 verified hours. */
export const STAR_THRESHOLDS_HOURS = [100, 300, 600, 1000, 1500] as const;

export function starLevel(verifiedMinutes: number): number {
  const hours = verifiedMinutes / 60;
  return STAR_THRESHOLDS_HOURS.filter((h) => hours >= h).length;
}

export function nextLevelHours(verifiedMinutes: number): number | null {
  return STAR_THRESHOLDS_HOURS[starLevel(verifiedMinutes)] ?? null;
}

/** Only verified sign-ups count; points never enter this sum. */
export function verifiedMinutes(signups: readonly { status: string; serviceMinutes: number | null }[]): number {
  return signups.reduce((sum, s) => sum + (s.status === 'verified' ? (s.serviceMinutes ?? 0) : 0), 0);
}

/** Months of a year (ended by `today`) in which a team held no activity: the monthly-activity check. */
export function missingMonths(activeMonths: readonly string[], year: number, today: string): string[] {
  const active = new Set(activeMonths);
  const out: string[] = [];
  for (let m = 1; m <= 12; m++) {
    const month = `${year}-${String(m).padStart(2, '0')}`;
    if (month < today.slice(0, 7) && !active.has(month)) out.push(month);
  }
  return out;
}
