import { describe, expect, it } from 'vitest';
import {
  canCloseMonth,
  endedPeriods,
  isInClosedMonth,
  ORG_LIFE_FREQUENCY,
  periodOf,
  scheduleCheck,
} from './party-life.rules.ts';

describe('organisational-life frequency rules', () => {
  it('三会一课 frequencies: assembly and lecture quarterly, committee and group monthly, theme day monthly', () => {
    expect(ORG_LIFE_FREQUENCY).toMatchObject({
      members_assembly: 'quarterly',
      committee_meeting: 'monthly',
      group_meeting: 'monthly',
      party_lecture: 'quarterly',
      theme_day: 'monthly',
    });
  });
  it('periods of a date', () => {
    expect(periodOf('monthly', '2015-05-31')).toBe('2015-05');
    expect(periodOf('quarterly', '2015-06-30')).toBe('2015-Q2');
    expect(periodOf('quarterly', '2015-07-01')).toBe('2015-Q3');
    expect(periodOf('yearly', '2015-12-31')).toBe('2015');
  });
  it('only ended periods can be missing', () => {
    expect(endedPeriods('monthly', 2015, '2015-04-10')).toEqual(['2015-01', '2015-02', '2015-03']);
    expect(endedPeriods('quarterly', 2015, '2015-07-01')).toEqual(['2015-Q1', '2015-Q2']);
    expect(endedPeriods('yearly', 2015, '2015-12-31')).toEqual([]);
    expect(endedPeriods('yearly', 2015, '2016-01-01')).toEqual(['2015']);
  });
  it('flags every ended period without a meeting, and nothing held', () => {
    const meetings = [
      { kind: 'committee_meeting' as const, heldOn: '2015-01-10' },
      { kind: 'committee_meeting' as const, heldOn: '2015-03-10' },
      { kind: 'members_assembly' as const, heldOn: '2015-02-10' },
      { kind: 'committee_meeting' as const, heldOn: '2014-02-10' },
    ];
    const rows = scheduleCheck(meetings, 2015, '2015-05-02');
    const committee = rows.find((r) => r.kind === 'committee_meeting')!;
    expect(committee.periods.filter((p) => p.missing).map((p) => p.period)).toEqual(['2015-02', '2015-04']);
    expect(committee.missing).toBe(2);
    const assembly = rows.find((r) => r.kind === 'members_assembly')!;
    expect(assembly.periods.filter((p) => p.missing).map((p) => p.period)).toEqual([]);
    expect(assembly.periods[0]).toEqual({ period: '2015-Q1', held: 1, missing: false });
    const lecture = rows.find((r) => r.kind === 'party_lecture')!;
    expect(lecture.missing).toBe(1);
    expect(rows.find((r) => r.kind === 'democratic_life')!.missing).toBe(0);
  });
  it('closed months refuse back-filling; only ended months close', () => {
    expect(isInClosedMonth('2015-03-31', ['2015-03'])).toBe(true);
    expect(isInClosedMonth('2015-04-01', ['2015-03'])).toBe(false);
    expect(canCloseMonth('2015-03', '2015-04-01')).toBe(true);
    expect(canCloseMonth('2015-04', '2015-04-30')).toBe(false);
    expect(canCloseMonth('2015-05', '2015-04-30')).toBe(false);
  });
});
