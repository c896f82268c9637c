import { describe, expect, it } from 'vitest';
import { MODULES } from '@jishi/shared';
import { COUNTERS, INDICATOR_SECTIONS, INDICATORS, MODULE_FIGURES } from './catalogue.ts';

describe('the catalogue built from the modules’ figures', () => {
  it('every indicator a module contributes lands in a section, once', () => {
    const contributed = MODULE_FIGURES.flatMap((m) => m.indicators.map((d) => d.code));
    expect([...INDICATORS.map((d) => d.code)].sort()).toEqual([...contributed].sort());
    for (const s of INDICATOR_SECTIONS) expect(s.indicators.length, s.code).toBeGreaterThan(0);
  });
  it('counter codes are unique, and every counter an indicator sums is contributed by some module', () => {
    const codes = COUNTERS.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const d of INDICATORS) if (d.source.kind === 'counter') expect(codes, d.code).toContain(d.source.counter);
  });
  it('one contribution per module', () => {
    const modules = MODULE_FIGURES.map((m) => m.module);
    expect(new Set(modules).size).toBe(modules.length);
  });
  it("each module's shared manifest names exactly the counters and indicators of its x.indicators.ts", () => {
    for (const m of MODULES) {
      const own = MODULE_FIGURES.find((f) => f.module === m.id);
      expect(
        { counters: own?.counters.map((c) => c.code) ?? [], indicators: own?.indicators.map((d) => d.code) ?? [] },
        m.id,
      ).toEqual({ counters: [...m.figures.counters], indicators: [...m.figures.indicators] });
    }
    expect(MODULE_FIGURES.map((f) => f.module).filter((id) => !MODULES.some((m) => m.id === id))).toEqual([]);
  });
});
