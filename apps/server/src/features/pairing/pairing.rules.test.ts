import { describe, expect, it } from 'vitest';
import { DEFAULT_PAIRING_RULES, isOverdue, quotaCompliance, type PairingRule } from './pairing.rules.ts';

describe('"3+2+1" pairing rules', () => {
  it('defaults are 3 / 2 / 1 with monthly contact', () => {
    expect(DEFAULT_PAIRING_RULES.map((r) => [r.helperRole, r.minTargets])).toEqual([
      ['leader', 3],
      ['branch_secretary', 2],
      ['cadre', 1],
    ]);
  });
  it('overdue after the interval since the last contact (or the start)', () => {
    expect(isOverdue('2015-05-01', '2015-01-01', 31, '2015-06-01')).toBe(false);
    expect(isOverdue('2015-05-01', '2015-01-01', 31, '2015-06-02')).toBe(true);
    expect(isOverdue(null, '2015-05-20', 31, '2015-06-10')).toBe(false);
    expect(isOverdue(null, '2015-01-01', 31, '2015-06-10')).toBe(true);
    expect(isOverdue('2015-06-05', '2015-01-01', 7, '2015-06-10')).toBe(false);
  });
  it('quota compliance per helper follows the rules passed in, not constants', () => {
    const pairs = [
      ...['a', 'b'].map(() => ({
        helperKey: 'L',
        helperName: '甲',
        helperRole: 'leader' as const,
        lastContactOn: '2015-06-01',
        startedOn: '2015-01-01',
      })),
      {
        helperKey: 'S',
        helperName: '乙',
        helperRole: 'branch_secretary' as const,
        lastContactOn: null,
        startedOn: '2015-01-01',
      },
      {
        helperKey: 'S',
        helperName: '乙',
        helperRole: 'branch_secretary' as const,
        lastContactOn: '2015-06-01',
        startedOn: '2015-01-01',
      },
      {
        helperKey: 'C',
        helperName: '丙',
        helperRole: 'cadre' as const,
        lastContactOn: '2015-06-01',
        startedOn: '2015-01-01',
      },
    ];
    const out = quotaCompliance(pairs, DEFAULT_PAIRING_RULES, '2015-06-10');
    expect(out.find((h) => h.helperKey === 'L')).toMatchObject({
      targets: 2,
      required: 3,
      meetsQuota: false,
      overdue: 0,
    });
    expect(out.find((h) => h.helperKey === 'S')).toMatchObject({
      targets: 2,
      required: 2,
      meetsQuota: true,
      overdue: 1,
    });
    expect(out.find((h) => h.helperKey === 'C')).toMatchObject({ targets: 1, required: 1, meetsQuota: true });
    expect(out[0].helperKey).toBe('L');
    const relaxed: PairingRule[] = [{ helperRole: 'leader', minTargets: 2, contactDays: 3 }];
    const again = quotaCompliance(pairs, relaxed, '2015-06-10');
    expect(again.find((h) => h.helperKey === 'L')).toMatchObject({ required: 2, meetsQuota: true, overdue: 2 });
  });
});
