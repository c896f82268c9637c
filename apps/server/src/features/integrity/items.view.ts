import type { PowerItemView } from '@jishi/shared';
import type { PowerItemStepTable, PowerItemTable } from './integrity.table.ts';
import type { ItemVersion } from './deviations.engine.ts';

export function stepsByItem(rows: PowerItemStepTable[]): Map<string, PowerItemStepTable[]> {
  const out = new Map<string, PowerItemStepTable[]>();
  for (const r of rows) out.set(r.item_id, [...(out.get(r.item_id) ?? []), r]);
  return out;
}

export const stepViews = (steps: PowerItemStepTable[]) =>
  steps.map((s) => ({
    seq: s.seq,
    name: s.name,
    actorPost: s.actor_post,
    output: s.output_doc,
    timeLimitDays: s.time_limit_days,
  }));

export const disclosureOf = (i: PowerItemTable) =>
  i.disclosure_days === null
    ? null
    : { what: i.disclosure_what ?? '', where: i.disclosure_where ?? '', withinDays: i.disclosure_days };

export function toItemView(i: PowerItemTable, steps: PowerItemStepTable[], used: boolean): PowerItemView {
  return {
    id: i.id,
    ownerUnitId: i.owner_unit_id,
    code: i.code,
    name: i.name,
    category: i.category,
    version: i.version,
    status: i.status,
    effectiveFrom: i.effective_from,
    effectiveTo: i.effective_to,
    policyBasis: i.policy_basis,
    subject: i.subject,
    post: i.post,
    steps: stepViews(steps),
    timeLimitDays: i.time_limit_days,
    disclosure: disclosureOf(i),
    supervisionBody: i.supervision_body,
    riskPoints: JSON.parse(i.risk_points) as string[],
    accountability: i.accountability,
    incompatible: JSON.parse(i.incompatible) as [number, number][],
    demo: i.demo === 1,
    inUse: used,
  };
}

/** What the deviation detector needs of an item version. */
export const engineItem = (i: PowerItemTable, steps: PowerItemStepTable[]): ItemVersion => ({
  steps: steps.map((s) => ({ seq: s.seq, name: s.name, timeLimitDays: s.time_limit_days })),
  timeLimitDays: i.time_limit_days,
  disclosureDays: i.disclosure_days,
  incompatible: JSON.parse(i.incompatible) as [number, number][],
});
