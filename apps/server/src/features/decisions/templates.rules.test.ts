import { describe, expect, it } from 'vitest';
import type { TemplateStageInput } from '@jishi/shared';
import { templateProblems } from './templates.rules.ts';
import { STANDARD_TEMPLATES, FOUR_DELIBERATIONS } from './templates.standard.ts';

const stages = (): TemplateStageInput[] => structuredClone(FOUR_DELIBERATIONS.stages);

describe('procedure templates', () => {
  it('the shipped procedures are well-formed', () => {
    for (const t of STANDARD_TEMPLATES) expect(templateProblems(t.stages)).toEqual([]);
  });

  it('a meeting stage needs both rules; a notice needs a period and no rules', () => {
    const noQuorum = stages();
    noQuorum[2].quorum = null;
    expect(templateProblems(noQuorum)).toEqual([{ path: ['stages', 2, 'quorum'], message: 'validation.template' }]);
    const ruledNotice = stages();
    ruledNotice[4].pass = { num: 1, den: 2, op: 'gt', base: 'due' };
    expect(templateProblems(ruledNotice)).toEqual([{ path: ['stages', 4, 'pass'], message: 'validation.template' }]);
    const noPeriod = stages();
    noPeriod[5].noticeDays = null;
    expect(templateProblems(noPeriod)).toEqual([{ path: ['stages', 5, 'noticeDays'], message: 'validation.template' }]);
  });

  it('ends with the two publicities, after at least one deciding meeting', () => {
    const reversed = stages();
    [reversed[4], reversed[5]] = [reversed[5], reversed[4]];
    expect(templateProblems(reversed).map((p) => p.path)).toEqual([['stages']]);
    expect(templateProblems(stages().slice(0, 5)).map((p) => p.path)).toEqual([['stages']]);
    expect(templateProblems(stages().slice(4)).map((p) => p.path)).toEqual([['stages']]);
  });

  it('only a meeting following a meeting may merge; codes are unique', () => {
    const first = stages();
    first[0].mergeableWithPrevious = true;
    expect(templateProblems(first).map((p) => p.path)).toEqual([['stages', 0, 'mergeableWithPrevious']]);
    const dup = stages();
    dup[1].code = dup[0].code;
    expect(templateProblems(dup).map((p) => p.path)).toEqual([['stages', 1, 'code']]);
  });
});
