import type { TemplateStageInput } from '@jishi/shared';
import type { Actor } from '../../platform/actor.ts';
import { can } from '../../platform/authorize.ts';
import { scopeCovers } from '../../platform/org-scope.ts';
import type { DecisionTemplateStageTable } from './decisions.table.ts';
import { stageKind, type PassRule, type Ratio, type StageDef } from './decisions.engine.ts';
import type { TemplateRow } from './templates.repo.ts';

export function stageDefOf(r: DecisionTemplateStageTable): StageDef {
  const quorum: Ratio | null =
    r.quorum_num === null ? null : { num: r.quorum_num, den: r.quorum_den as number, op: r.quorum_op as Ratio['op'] };
  const pass: PassRule | null =
    r.pass_num === null
      ? null
      : {
          num: r.pass_num,
          den: r.pass_den as number,
          op: r.pass_op as Ratio['op'],
          base: r.pass_base as PassRule['base'],
        };
  return {
    seq: r.seq,
    code: r.code,
    name: r.name,
    body: r.body,
    quorum,
    pass,
    noticeDays: r.notice_days,
    mergeableWithPrevious: Boolean(r.mergeable),
  };
}

export function stageRowOf(
  templateId: string,
  id: string,
  seq: number,
  s: TemplateStageInput,
): DecisionTemplateStageTable {
  return {
    id,
    template_id: templateId,
    seq,
    code: s.code,
    name: s.name,
    body: s.body,
    quorum_num: s.quorum?.num ?? null,
    quorum_den: s.quorum?.den ?? null,
    quorum_op: s.quorum?.op ?? null,
    pass_num: s.pass?.num ?? null,
    pass_den: s.pass?.den ?? null,
    pass_op: s.pass?.op ?? null,
    pass_base: s.pass?.base ?? null,
    notice_days: s.noticeDays,
    mergeable: Number(s.mergeableWithPrevious),
  };
}

export const stageViewOf = (s: StageDef) => ({ ...s, kind: stageKind(s.body) });

/** Groups stage rows by template (rows arrive ordered by template and seq). */
export function stagesByTemplate(rows: DecisionTemplateStageTable[]): Map<string, StageDef[]> {
  const out = new Map<string, StageDef[]>();
  for (const r of rows) {
    const list = out.get(r.template_id) ?? [];
    list.push(stageDefOf(r));
    out.set(r.template_id, list);
  }
  return out;
}

export function templateBaseView(t: TemplateRow, stages: StageDef[]) {
  return {
    id: t.id,
    ownerUnitId: t.owner_unit_id,
    code: t.code,
    name: t.name,
    version: t.version,
    appliesTo: t.applies_to,
    status: t.status,
    createdAt: t.created_at,
    stages: stages.map(stageViewOf),
  };
}

export function toTemplateView(actor: Actor, t: TemplateRow, stages: StageDef[], inUse: boolean) {
  return {
    ...templateBaseView(t, stages),
    inUse,
    // New versions are made from the version in force; retired ones are history.
    abilities: {
      newVersion: t.status === 'active' && can(actor, 'decision:template') && scopeCovers(actor.scope, t.owner_path),
    },
  };
}
