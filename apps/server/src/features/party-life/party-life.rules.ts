import type { OrgLifeKind } from '@jishi/shared';

/**
 * Required frequency of each kind of organisational life (三会一课 and the rest). A table, not code:
 * changing a frequency is one line here, and the schedule check below reads nothing else.
 */
export type Frequency = 'monthly' | 'quarterly' | 'yearly';
export const ORG_LIFE_FREQUENCY: Record<OrgLifeKind, Frequency> = {
  members_assembly: 'quarterly', // 支部党员大会
  committee_meeting: 'monthly', // 支部委员会
  group_meeting: 'monthly', // 党小组会
  party_lecture: 'quarterly', // 党课
  theme_day: 'monthly', // 主题党日
  democratic_life: 'yearly', // 民主生活会（专题）
  org_life_meeting: 'yearly', // 组织生活会
};

/** The period a date falls in for a frequency: 2026-05, 2026-Q2 or 2026. */
export function periodOf(frequency: Frequency, date: string): string {
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  if (frequency === 'monthly') return date.slice(0, 7);
  if (frequency === 'quarterly') return `${year}-Q${Math.ceil(month / 3)}`;
  return year;
}

/** Every period of a year that has ended by `today` (a period still running is not yet missing). */
export function endedPeriods(frequency: Frequency, year: number, today: string): string[] {
  const ends: { period: string; lastMonth: string }[] = [];
  if (frequency === 'monthly')
    for (let m = 1; m <= 12; m++)
      ends.push({
        period: `${year}-${String(m).padStart(2, '0')}`,
        lastMonth: `${year}-${String(m).padStart(2, '0')}`,
      });
  if (frequency === 'quarterly')
    for (let q = 1; q <= 4; q++)
      ends.push({ period: `${year}-Q${q}`, lastMonth: `${year}-${String(q * 3).padStart(2, '0')}` });
  if (frequency === 'yearly') ends.push({ period: String(year), lastMonth: `${year}-12` });
  const thisMonth = today.slice(0, 7);
  return ends.filter((e) => e.lastMonth < thisMonth).map((e) => e.period);
}

export interface ScheduleRow {
  kind: OrgLifeKind;
  frequency: Frequency;
  periods: { period: string; held: number; missing: boolean }[];
  missing: number;
}

/** A branch's year against the required frequencies: every ended period with no meeting of a kind is flagged. */
export function scheduleCheck(
  meetings: { kind: OrgLifeKind; heldOn: string }[],
  year: number,
  today: string,
): ScheduleRow[] {
  return (Object.keys(ORG_LIFE_FREQUENCY) as OrgLifeKind[]).map((kind) => {
    const frequency = ORG_LIFE_FREQUENCY[kind];
    const held = new Map<string, number>();
    for (const m of meetings)
      if (m.kind === kind && m.heldOn.startsWith(String(year))) {
        const p = periodOf(frequency, m.heldOn);
        held.set(p, (held.get(p) ?? 0) + 1);
      }
    const ended = new Set(endedPeriods(frequency, year, today));
    const all =
      frequency === 'yearly'
        ? [String(year)]
        : frequency === 'quarterly'
          ? [1, 2, 3, 4].map((q) => `${year}-Q${q}`)
          : Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
    const periods = all.map((period) => ({
      period,
      held: held.get(period) ?? 0,
      missing: ended.has(period) && !held.get(period),
    }));
    return { kind, frequency, periods, missing: periods.filter((p) => p.missing).length };
  });
}

/** No back-filling: a meeting dated into a closed month is refused. */
export const isInClosedMonth = (heldOn: string, closedMonths: readonly string[]): boolean =>
  closedMonths.includes(heldOn.slice(0, 7));

/** Only a month that has ended can be closed. */
export const canCloseMonth = (month: string, today: string): boolean => month < today.slice(0, 7);

// ---- indicators: the slots of 三会一课 owed in any period ----

/** Whether a month (1–12) closes a period of the frequency: every month, March/June/September/December, December. */
const closesPeriod = (frequency: Frequency, month: number): boolean =>
  frequency === 'monthly' || (frequency === 'quarterly' && month % 3 === 0) || (frequency === 'yearly' && month === 12);

/**
 * The (kind, period) slots of 三会一课 a branch owes for [from, to] (pure): those whose month, quarter or year
 * ends inside it (a quarter still running in the period is not yet owed).
 */
export function requiredOrgLife(from: string, to: string): Set<string> {
  const out = new Set<string>();
  for (const m of monthsBetween(from, to)) {
    for (const kind of Object.keys(ORG_LIFE_FREQUENCY) as OrgLifeKind[]) {
      const frequency = ORG_LIFE_FREQUENCY[kind];
      if (closesPeriod(frequency, Number(m.from.slice(5, 7)))) out.add(`${kind}|${periodOf(frequency, m.from)}`);
    }
  }
  return out;
}

/** First days of the months that [from, to] touches. */
function monthsBetween(from: string, to: string): { from: string }[] {
  const out: { from: string }[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  while (`${y}-${String(m).padStart(2, '0')}` <= to.slice(0, 7) && out.length < 1200) {
    out.push({ from: `${y}-${String(m).padStart(2, '0')}-01` });
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}
