import type { TemplateCreate } from './templates-api.ts';

type Ratio = { num?: number | null; den?: number | null; op?: string | null; base?: string | null } | null | undefined;

export interface StageValues {
  code?: string;
  name?: string;
  body?: string;
  quorum?: Ratio;
  pass?: Ratio;
  noticeDays?: number | null;
  mergeableWithPrevious?: boolean;
}
export interface TemplateValues {
  ownerUnitId?: string;
  code?: string;
  name?: string;
  appliesTo?: TemplateCreate['appliesTo'];
  stages?: StageValues[];
}

/** A share counts only when all its parts are given; otherwise the stage has none. */
const ratio = (r: Ratio, withBase: boolean) =>
  r?.num && r.den && r.op && (!withBase || r.base)
    ? { num: r.num, den: r.den, op: r.op, ...(withBase ? { base: r.base } : {}) }
    : null;

/** Form values → the input for templateCreateBody (checked by the shared schema before sending). */
export function templateInput(v: TemplateValues) {
  return {
    ownerUnitId: v.ownerUnitId,
    code: v.code?.trim(),
    name: v.name?.trim(),
    appliesTo: v.appliesTo,
    stages: (v.stages ?? []).map((s) => ({
      code: s.code?.trim(),
      name: s.name?.trim(),
      body: s.body,
      quorum: ratio(s.quorum, false),
      pass: ratio(s.pass, true),
      noticeDays: s.noticeDays ?? null,
      mergeableWithPrevious: Boolean(s.mergeableWithPrevious),
    })),
  };
}
