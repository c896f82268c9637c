import type { TemplateStageInput } from '@jishi/shared';
import { stageKind, type StageDef } from './decisions.engine.ts';

/**
 * What makes a procedure template well-formed (pure, unit-tested):
 * - stage codes are unique; at least one meeting stage decides before anything is made public;
 * - meeting stages carry a quorum and a pass rule, notices a notice period, solicitations neither;
 * - it ends with 决议公开 → 实施结果公开 (the "two publicities"), and neither occurs elsewhere;
 * - only a meeting stage that follows a meeting stage may be merged into it (一肩挑).
 */
export interface TemplateProblem {
  path: (string | number)[];
  message: string;
}

export function templateProblems(stages: TemplateStageInput[]): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const at = (i: number, field: string) => ['stages', i, field];
  const codes = new Set<string>();
  stages.forEach((s, i) => {
    const kind = stageKind(s.body);
    if (codes.has(s.code)) problems.push({ path: at(i, 'code'), message: 'validation.template' });
    codes.add(s.code);
    if (kind === 'meeting' && (!s.quorum || !s.pass))
      problems.push({ path: at(i, s.quorum ? 'pass' : 'quorum'), message: 'validation.template' });
    if (kind !== 'meeting' && (s.quorum || s.pass))
      problems.push({ path: at(i, s.quorum ? 'quorum' : 'pass'), message: 'validation.template' });
    if ((kind === 'notice') !== (s.noticeDays !== null))
      problems.push({ path: at(i, 'noticeDays'), message: 'validation.template' });
    const previous = stages[i - 1];
    if (s.mergeableWithPrevious && (kind !== 'meeting' || !previous || stageKind(previous.body) !== 'meeting')) {
      problems.push({ path: at(i, 'mergeableWithPrevious'), message: 'validation.template' });
    }
  });
  const n = stages.length;
  const bodies = stages.map((s) => s.body);
  const endsRight = n >= 3 && bodies[n - 2] === 'resolution_notice' && bodies[n - 1] === 'result_notice';
  const noticesElsewhere = bodies.slice(0, -2).some((b) => stageKind(b) === 'notice');
  const decides = bodies.slice(0, -2).some((b) => stageKind(b) === 'meeting');
  if (!endsRight || noticesElsewhere || !decides) problems.push({ path: ['stages'], message: 'validation.template' });
  return problems;
}

export function toStageDefs(stages: TemplateStageInput[]): StageDef[] {
  return stages.map((s, i) => ({
    seq: i + 1,
    code: s.code,
    name: s.name,
    body: s.body,
    quorum: s.quorum,
    pass: s.pass,
    noticeDays: s.noticeDays,
    mergeableWithPrevious: s.mergeableWithPrevious,
  }));
}
