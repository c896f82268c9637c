import type { TFunction } from 'i18next';
import type { MatterRecord, MatterView, TemplateStage } from './decisions-api.ts';

type Ratio = NonNullable<TemplateStage['quorum']>;
type PassRule = NonNullable<TemplateStage['pass']>;

/** The smallest count out of `whole` that meets the ratio (the server's engine decides; this only explains). */
export function neededCount(whole: number, r: Ratio): number {
  const product = r.num * whole;
  return r.op === 'gte' ? Math.ceil(product / r.den) : Math.floor(product / r.den) + 1;
}

export function ratioText(t: TFunction, r: Ratio): string {
  return t(`rule.${r.op}`, { num: r.num, den: r.den });
}

export function quorumText(t: TFunction, q: Ratio, due?: number | null): string {
  const need = due ? t('rule.need', { n: neededCount(due, q) }) : '';
  return t('matter.quorumRule', { rule: `${t('rule.ofDue')} ${ratioText(t, q)}${need}` });
}

export function passText(t: TFunction, p: PassRule, due?: number | null, present?: number | null): string {
  const whole = p.base === 'due' ? due : present;
  const need = whole ? t('rule.need', { n: neededCount(whole, p) }) : '';
  return t('matter.passRule', { rule: `${t(`rule.${p.base}`)} ${ratioText(t, p)}${need}` });
}

export type StageState = 'passed' | 'current' | 'failed' | 'waiting';

/** Records that covered a stage (a merged record covers two). */
export const recordsOf = (records: MatterRecord[], seq: number) =>
  records.filter((r) => r.stageSeq <= seq && seq <= r.throughSeq);

export function stageState(matter: MatterView, stage: TemplateStage): StageState {
  const covering = recordsOf(matter.records, stage.seq);
  if (covering.some((r) => r.passed)) return 'passed';
  if (matter.next?.seq !== stage.seq) return 'waiting';
  return covering.length > 0 ? 'failed' : 'current';
}

/** Why a failed meeting failed, in words. */
export function failureText(t: TFunction, r: MatterRecord): string {
  return r.quorumMet === false ? t('stage.quorumMissed') : t('stage.voteFailed');
}
