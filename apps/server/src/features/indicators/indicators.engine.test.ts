import { describe, expect, it } from 'vitest';
import {
  cellRanges,
  cellsOf,
  computeOrder,
  meetsTarget,
  monthCellsOf,
  monthsOf,
  previousPeriod,
  ratio,
  sumInto,
  yearEarlier,
} from './indicators.engine.ts';
import { INDICATORS } from './catalogue.ts';
import type { IndicatorDef } from './indicators.types.ts';

describe('indicator engine (pure)', () => {
  it('sums leaves into each target by path prefix', () => {
    const leaves = [
      { path: '/s/c1/g1/', value: 3 },
      { path: '/s/c1/g2/', value: 4 },
      { path: '/s/c2/g3/', value: 5 },
      { path: '/s/', value: 1 },
    ];
    expect(sumInto(['/s/', '/s/c1/', '/s/c2/', '/s/c1/g2/', '/x/'], leaves)).toEqual([13, 7, 5, 4, 0]);
  });
  it('a period reads whole months from month cells and its edge days from day cells', () => {
    expect(cellRanges('2015-01-01', '2015-12-31')).toEqual({ months: { from: '2015-01', to: '2015-12' }, days: [] });
    expect(cellRanges('2015-01-15', '2015-03-10')).toEqual({
      months: { from: '2015-02', to: '2015-02' },
      days: [
        { from: '2015-01-15', to: '2015-01-31' },
        { from: '2015-03-01', to: '2015-03-10' },
      ],
    });
    expect(cellRanges('2015-03-03', '2015-03-29')).toEqual({
      months: null,
      days: [{ from: '2015-03-03', to: '2015-03-29' }],
    });
    expect(cellRanges('2015-01-20', '2015-02-10')).toEqual({
      months: null,
      days: [{ from: '2015-01-20', to: '2015-02-10' }],
    });
    expect(cellRanges('2016-02-01', '2016-02-29')).toEqual({ months: { from: '2016-02', to: '2016-02' }, days: [] });
    expect(cellRanges('2015-02-01', '2015-02-28')).toEqual({ months: { from: '2015-02', to: '2015-02' }, days: [] });
    expect(cellRanges('2014-12-31', '2016-01-01')).toEqual({
      months: { from: '2015-01', to: '2015-12' },
      days: [
        { from: '2014-12-31', to: '2014-12-31' },
        { from: '2016-01-01', to: '2016-01-01' },
      ],
    });
    expect(cellRanges('0001-01-01', '2015-06-15')).toEqual({
      months: { from: '0001-01', to: '2015-05' },
      days: [{ from: '2015-06-01', to: '2015-06-15' }],
    });
    expect(cellRanges('2015-05-02', '2015-05-01')).toEqual({ months: null, days: [] });
  });
  it('day cells sum into month cells (zeros dropped)', () => {
    expect(
      monthCellsOf([
        { unit_id: 'a', day: '2015-01-02', value: 2 },
        { unit_id: 'a', day: '2015-01-30', value: 3 },
        { unit_id: 'b', day: '2015-01-02', value: 1 },
        { unit_id: 'a', day: '2015-02-01', value: 4 },
        { unit_id: 'b', day: '2015-03-01', value: 1 },
        { unit_id: 'b', day: '2015-03-09', value: -1 },
      ]),
    ).toEqual([
      { unit_id: 'a', month: '2015-01', value: 5 },
      { unit_id: 'b', month: '2015-01', value: 1 },
      { unit_id: 'a', month: '2015-02', value: 4 },
    ]);
  });
  it('ratios round to their decimals and are null over zero', () => {
    expect(ratio(40, 67, 3)).toBe(0.597);
    expect(ratio(2, 3, 3)).toBe(0.667);
    expect(ratio(189, 9, 1)).toBe(21);
    expect(ratio(1, 0, 3)).toBeNull();
  });
  it('targets: more than 20 is not met by 20', () => {
    const def = { target: { op: 'gt' as const, value: 20, text: { zh: '', en: '' } } };
    expect(meetsTarget(def, 20)).toBe(false);
    expect(meetsTarget(def, 21)).toBe(true);
    expect(meetsTarget({ target: { ...def.target, op: 'gte' } }, 20)).toBe(true);
    expect(meetsTarget({}, 5)).toBeNull();
    expect(meetsTarget(def, null)).toBeNull();
  });
  it('months of a period, with month ends (leap February included)', () => {
    const m = monthsOf('2024-01-15', '2024-03-02');
    expect(m).toEqual([
      { from: '2024-01-01', to: '2024-01-31' },
      { from: '2024-02-01', to: '2024-02-29' },
      { from: '2024-03-01', to: '2024-03-31' },
    ]);
    expect(monthsOf('2015-01-01', '2015-12-31')).toHaveLength(12);
    expect(monthsOf('2015-11-01', '2016-02-01').map((p) => p.from)).toEqual([
      '2015-11-01',
      '2015-12-01',
      '2016-01-01',
      '2016-02-01',
    ]);
  });
  it('comparison periods: the previous period of equal length, or the same dates a year earlier', () => {
    expect(previousPeriod({ from: '2025-03-01', to: '2025-03-31' })).toEqual({ from: '2025-02-01', to: '2025-02-28' });
    expect(previousPeriod({ from: '2025-01-01', to: '2025-03-31' })).toEqual({ from: '2024-10-01', to: '2024-12-31' });
    expect(previousPeriod({ from: '2025-03-10', to: '2025-03-19' })).toEqual({ from: '2025-02-28', to: '2025-03-09' });
    expect(previousPeriod({ from: '2025-01-01', to: '2025-12-31' })).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(yearEarlier({ from: '2024-02-01', to: '2024-02-29' })).toEqual({ from: '2023-02-01', to: '2023-02-28' });
  });
  it("a recount's detail rows become (unit, Shanghai day) cells: 1 each unless an amount, none without a date or amount", () => {
    const cells = cellsOf([
      { unit_id: 'g1', at: '2025-06-30' },
      { unit_id: 'g1', at: '2025-06-30T15:00:00.000Z' },
      { unit_id: 'g1', at: '2025-06-30T16:00:00.000Z', amount: -1 },
      { unit_id: 'g2', at: '2025-06-30', amount: 250 },
      { unit_id: 'g2', at: '2025-06-30', amount: null },
      { unit_id: 'g2', at: null, amount: 7 },
    ]);
    expect(cells).toEqual([
      { unit_id: 'g1', day: '2025-06-30', value: 2 },
      { unit_id: 'g1', day: '2025-07-01', value: -1 },
      { unit_id: 'g2', day: '2025-06-30', value: 250 },
    ]);
  });
  it('ratios come after what they divide; unknown inputs and cycles are refused', () => {
    const order = computeOrder(INDICATORS).map((d) => d.code);
    expect(order.indexOf('workers.sunk_share')).toBeGreaterThan(order.indexOf('workers.agency_staff'));
    const base = {
      module: 'x',
      name: { zh: '', en: '' },
      definition: { zh: '', en: '' },
      unit: 'count',
      period: 'flow',
      scopeRule: { zh: '', en: '' },
    } as const;
    const a: IndicatorDef = {
      ...base,
      code: 'x.a',
      source: { kind: 'ratio', numerator: 'x.b', denominator: 'x.b', decimals: 1 },
    };
    const b: IndicatorDef = {
      ...base,
      code: 'x.b',
      source: { kind: 'ratio', numerator: 'x.a', denominator: 'x.a', decimals: 1 },
    };
    expect(() => computeOrder([a, b])).toThrow(/cycle/);
    expect(() => computeOrder([a])).toThrow(/unknown/);
  });
  it('the catalogue: unique codes, both languages, a definition and a scope rule for each', () => {
    const codes = INDICATORS.map((d) => d.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const d of INDICATORS) {
      expect(d.code).toMatch(/^[a-z_]+\.[a-z_]+$/);
      for (const t of [d.name, d.definition, d.scopeRule]) expect(t.zh.length > 0 && t.en.length > 0).toBe(true);
    }
  });
});
