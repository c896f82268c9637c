import { describe, expect, it } from 'vitest';
import { divisionCodeProblem, unitNameProblem } from './setup.rules.ts';

describe('division code of the territory root', () => {
  it('accepts real township-level codes', () => {
    for (const code of ['110105001', '410102004', '440305008', '310115125'])
      expect(divisionCodeProblem(code), code).toBeNull();
  });

  it('refuses wrong length, letters, unknown provinces and codes of a county or above', () => {
    for (const code of ['11010500', '1101050011', '11010500a', ' 110105001', '990105001', '100105001', '110005001'])
      expect(divisionCodeProblem(code), code).not.toBeNull();
    expect(divisionCodeProblem('110105000')).toMatch(/township/);
    expect(divisionCodeProblem('110105600')).toMatch(/township/);
  });
});

describe('name of the territory root', () => {
  it('accepts a plain name and refuses empty, overlong and control characters', () => {
    expect(unitNameProblem('建外街道')).toBeNull();
    expect(unitNameProblem(' ')).not.toBeNull();
    expect(unitNameProblem('街'.repeat(61))).not.toBeNull();
    expect(unitNameProblem('建外\u202e街道')).not.toBeNull();
  });
});
