import { MATTER_STATUSES, type OversightExerciseQuery } from '@jishi/shared';
import type { Readable } from 'node:stream';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { authorize } from '../../platform/authorize.ts';
import { streamSheet } from '../../platform/xlsx.ts';
import { auditWho, recordAuditAlone } from '../audit/audit.service.ts';
import { requireUnit } from '../territory/territory.service.ts';
import { listMatters } from '../decisions/matters.service.ts';
import { scanExercises } from './exercises.repo.ts';
import { withDeviations } from './exercises.service.ts';
import { chainHead } from './oversight.repo.ts';

/**
 * Inspector oversight: read-only exports across the subdistrict (exercises with deviations; decision records
 * through the decisions module's service) and the audit chain's head. Each export is audited before it streams.
 */
const STATUS_ZH: Record<string, string> = { open: '办理中', closed: '已办结' };

export async function exportExercises(deps: Deps, actor: Actor, query: OversightExerciseQuery): Promise<Readable> {
  authorize(actor, 'supervision:read');
  const unitPath = query.unitId ? (await requireUnit(deps.db, actor, query.unitId)).path : undefined;
  await recordAuditAlone(deps, auditWho(actor), {
    action: 'integrity.exercise.export',
    subjectType: 'export',
    orgPath: unitPath ?? actor.scope.paths[0],
    changes: { filter: query },
  });
  const deviating = query.deviating === undefined ? undefined : query.deviating === 'true';
  async function* rows() {
    for await (const batch of scanExercises(deps.db, actor.scope, {
      unitPath,
      status: query.status,
      itemCode: query.itemCode,
      deviating,
    })) {
      yield (await withDeviations(deps, batch)).map(({ view: v }) => [
        v.unitName,
        v.itemCode,
        v.itemName,
        String(v.itemVersion),
        v.title,
        STATUS_ZH[v.status] ?? v.status,
        v.openedAt,
        v.closedAt ?? '',
        `${v.stepsDone}/${v.stepsTotal}`,
        v.deviations.map((d) => d.detail).join('；'),
        String(v.openAlerts),
      ]);
    }
  }
  const header = [
    '社区（村）',
    '事项编码',
    '事项名称',
    '版本',
    '运行事项',
    '状态',
    '开始时间',
    '办结时间',
    '已办环节',
    '偏差',
    '未结预警',
  ];
  return streamSheet('权力运行', header, rows());
}

export async function exportDecisions(
  deps: Deps,
  actor: Actor,
  query: { unitId?: string; status?: string },
): Promise<Readable> {
  authorize(actor, 'supervision:read');
  const unitPath = query.unitId ? (await requireUnit(deps.db, actor, query.unitId)).path : undefined;
  await recordAuditAlone(deps, auditWho(actor), {
    action: 'integrity.decision.export',
    subjectType: 'export',
    orgPath: unitPath ?? actor.scope.paths[0],
    changes: { filter: query },
  });
  // The filter is free text: a status that no matter can have exports no rows, as the query always did.
  const status = MATTER_STATUSES.find((s) => s === query.status);
  async function* rows() {
    if (query.status && !status) return;
    for (let page = 1; ; page++) {
      const { items } = await listMatters(deps, actor, {
        page,
        pageSize: 200,
        unitId: query.unitId,
        status,
      });
      if (items.length === 0) return;
      yield items.map((m) => [
        m.unitName,
        m.title,
        m.templateName,
        String(m.templateVersion),
        m.status,
        m.openedOn,
        m.solvedOn ?? '',
        m.next?.name ?? '',
      ]);
      if (items.length < 200) return;
    }
  }
  return streamSheet(
    '议事决策',
    ['社区（村）', '议题', '议事规则', '版本', '状态', '提出日期', '结果公开日期', '下一环节'],
    rows(),
  );
}

/** The chain's current head (seq + hash + time of the last record) for safekeeping outside the system; audited. */
export async function exportAuditHead(deps: Deps, actor: Actor) {
  authorize(actor, 'audit:read');
  const head = await chainHead(deps.db);
  await recordAuditAlone(deps, auditWho(actor), {
    action: 'audit.head.export',
    subjectType: 'audit_head',
    orgPath: actor.scope.paths[0],
    changes: { seq: head.seq, hash: head.hash },
  });
  return head;
}
