import { describe, expect, it } from 'vitest';
import { PROJECT_ACTIONS, PROJECT_STATUSES } from '@jishi/shared';
import { projectTransition } from './projects.workflow.ts';
import { meetsNational, meetsTarget, percent } from './area.rules.ts';
import { checkExpenditure } from '../funds/funds.rules.ts';

describe('construction project workflow', () => {
  it('has exactly the legal transitions', () => {
    const legal: Record<string, string> = {
      'planned/start': 'in_progress',
      'planned/cancel': 'cancelled',
      'in_progress/complete': 'completed',
      'in_progress/cancel': 'cancelled',
    };
    for (const s of PROJECT_STATUSES)
      for (const a of PROJECT_ACTIONS) expect(projectTransition(s, a), `${s}/${a}`).toBe(legal[`${s}/${a}`] ?? null);
  });
});

describe('area targets', () => {
  it('1000 m² per community and 30 m² per 100 households', () => {
    expect(meetsTarget(999)).toBe(false);
    expect(meetsTarget(1000)).toBe(true);
    expect(meetsNational(300, 1000)).toBe(true);
    expect(meetsNational(299, 1000)).toBe(false);
    expect(meetsNational(1, 0)).toBe(true);
  });
  it('rounds shares half up from integers', () => {
    expect(percent(7, 8)).toBe(88);
    expect(percent(1, 8)).toBe(13);
    expect(percent(1, 3)).toBe(33);
    expect(percent(0, 0)).toBe(0);
  });
});

describe('spending against an allocation', () => {
  it('never beyond allocation plus approved extra; beyond the allocation alone is flagged', () => {
    expect(checkExpenditure(1000, 0, 400, 600)).toEqual({ ok: true, beyondAllocation: false });
    expect(checkExpenditure(1000, 0, 400, 601)).toEqual({ ok: false });
    expect(checkExpenditure(1000, 200, 400, 700)).toEqual({ ok: true, beyondAllocation: true });
    expect(checkExpenditure(1000, 200, 400, 801)).toEqual({ ok: false });
    expect(checkExpenditure(Number.MAX_SAFE_INTEGER, 0, Number.MAX_SAFE_INTEGER, 1)).toEqual({ ok: false });
  });
});
