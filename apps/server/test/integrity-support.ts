import type { ExerciseView, PowerItemCreate } from '@jishi/shared';
import type { Deps } from '../src/deps.ts';
import type { Fixture } from './fixture.ts';
import { systemActor } from '../src/features/auth/system-actor.ts';
import { createItemVersion } from '../src/features/integrity/items.service.ts';
import { setRollout } from '../src/features/integrity/rollout.service.ts';
import { openExercise, recordStep } from '../src/features/integrity/exercises.write.service.ts';
import { actOnAlert } from '../src/features/integrity/alerts.service.ts';
import { submitComplaint } from '../src/features/integrity/complaints.public.service.ts';
import { sha256Hex } from '../src/platform/crypto.ts';

/** Test helpers for the integrity module: a 3-step relief item per fixture subdistrict, enabled in every fixture community. */
export const daysAgoAt = (n: number, hour = 2): string => {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() - n);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString();
};

export const reliefItem = (ownerUnitId: string, extra: Partial<PowerItemCreate> = {}): PowerItemCreate => ({
  ownerUnitId,
  code: 'T-RELIEF',
  name: '临时救助申请审核（测试）',
  category: 'public_power',
  policyBasis: '《社会救助暂行办法》',
  subject: '社区',
  post: '民政专干',
  steps: [
    { name: '申请受理', actorPost: '民政专干', output: '受理登记表', timeLimitDays: 2 },
    { name: '入户核实', actorPost: '网格员', output: '核实记录', timeLimitDays: 5 },
    { name: '审核审批', actorPost: '社区书记', output: '审核意见表', timeLimitDays: 3 },
  ],
  timeLimitDays: 15,
  disclosure: { what: '救助对象、金额', where: '社区公开栏', withinDays: 3 },
  supervisionBody: '街道纪检监察室',
  riskPoints: ['优亲厚友'],
  accountability: '依规追责',
  incompatible: [[1, 3]],
  effectiveFrom: '2020-01-01',
  demo: false,
  ...extra,
});

export interface IntegrityObjects {
  itemId: string;
  communityId: string;
  exerciseId: string;
  skippedExerciseId: string;
  alertId: string;
  complaintId: string;
  trackingCode: string;
}

export async function installIntegrity(deps: Deps, fx: Fixture): Promise<string[]> {
  const ids: string[] = [];
  for (const s of fx.subdistricts) {
    ids.push((await createItemVersion(deps, systemActor(), reliefItem(s.id))).id);
    for (const c of s.communities)
      await setRollout(deps, systemActor(), { unitId: c.id, codes: ['T-RELIEF'], enabled: true });
  }
  return ids;
}

export const openRelief = (deps: Deps, communityId: string, openedAt = daysAgoAt(1)): Promise<ExerciseView> =>
  openExercise(deps, systemActor(), { unitId: communityId, itemCode: 'T-RELIEF', title: '临时救助（测试）', openedAt });

/** Objects of one community: an open exercise, one with a skipped step (so an alert), an acknowledged alert, a complaint. */
export async function integrityObjects(deps: Deps, communityId: string, itemId: string): Promise<IntegrityObjects> {
  const open = await openRelief(deps, communityId);
  const skipped = await openRelief(deps, communityId);
  await recordStep(deps, systemActor(), skipped.id, { stepSeq: 1, evidence: [] });
  await recordStep(deps, { ...systemActor(), userId: 'other-user', displayName: '他人' }, skipped.id, {
    stepSeq: 3,
    evidence: [],
  });
  const alert = await deps.db
    .selectFrom('supervision_alerts')
    .select('id')
    .where('exercise_id', '=', skipped.id)
    .executeTakeFirstOrThrow();
  await actOnAlert(deps, systemActor(), alert.id, { action: 'acknowledge', note: '已收到预警' });
  const receipt = await submitComplaint(
    deps,
    { ip: '127.0.0.1', requestId: 'test' },
    {
      unitId: communityId,
      targetKind: 'exercise',
      targetId: open.id,
      targetText: '临时救助',
      content: '举报内容（测试）',
      anonymous: true,
    },
  );
  const complaint = await deps.db
    .selectFrom('complaints')
    .select('id')
    .where('tracking_hash', '=', sha256Hex(receipt.trackingCode))
    .executeTakeFirstOrThrow();
  return {
    itemId,
    communityId,
    exerciseId: open.id,
    skippedExerciseId: skipped.id,
    alertId: alert.id,
    complaintId: complaint.id,
    trackingCode: receipt.trackingCode,
  };
}
