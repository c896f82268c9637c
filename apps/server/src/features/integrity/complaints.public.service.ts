import type { ComplaintSubmit } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { Origin } from '../../platform/actor.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { randomToken, sha256Hex } from '../../platform/crypto.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { consumeAllowance, HOUR_MS } from '../auth/rate-limit.service.ts';
import { publicUnit } from '../territory/territory.service.ts';
import * as repo from './complaints.repo.ts';
import { bumpCounter } from '../indicators/rollups.service.ts';
import { COMPLAINTS } from './integrity.indicators.ts';
import { syncTodoKinds } from '../todos/todos.service.ts';
import { complaintReceivedKind } from './integrity.todos.ts';

/**
 * The public side of complaints and reports (信访举报): anyone submits, anonymously or named (name and
 * contact sealed with the field cipher); the submitter gets a tracking code of 144 random bits, stored
 * only as its SHA-256, and follows the status and public replies with it — nothing else.
 */
/** Public allowances per client address: submissions and tracking look-ups per hour. */
export const SUBMITS_PER_HOUR = 20;
export const TRACKS_PER_HOUR = 120;

export async function submitComplaint(deps: Deps, origin: Origin, input: ComplaintSubmit) {
  await consumeAllowance(deps, `complaint-submit:${origin.ip ?? 'unknown'}`, SUBMITS_PER_HOUR, HOUR_MS);
  const named = Boolean(input.name && input.contact);
  if (input.anonymous ? Boolean(input.name || input.contact) : !named) {
    throw new AppError('VALIDATION', {
      issues: [{ code: 'custom', path: ['body', 'anonymous'], message: 'validation.complaintContact' }],
    });
  }
  const unit = await publicUnit(deps.db, input.unitId, ['subdistrict', 'community', 'village']);
  if (!unit) throw new AppError('NOT_FOUND');
  const code = randomToken(18);
  const now = nowIsoOf(deps.clock);
  const id = newId();
  await deps.db.transaction().execute(async (trx) => {
    await repo.insertComplaint(trx, {
      id,
      unit_id: unit.id,
      target_kind: input.targetKind,
      target_id: input.targetId ?? null,
      target_text: input.targetText,
      content: input.content,
      anonymous: input.anonymous ? 1 : 0,
      name_enc: named ? deps.cipher.encrypt('complaint_name', input.name as string) : null,
      contact_enc: named ? deps.cipher.encrypt('complaint_contact', input.contact as string) : null,
      tracking_hash: sha256Hex(code),
      status: 'received',
      created_at: now,
      updated_at: now,
    });
    await bumpCounter(trx, COMPLAINTS, unit.id, now);
    await recordAudit(
      trx,
      deps,
      { actorId: null, actorRole: null, ...origin },
      {
        action: 'integrity.complaint.submit',
        subjectType: 'complaint',
        subjectId: id,
        orgPath: unit.path,
        changes: { anonymous: input.anonymous, targetKind: input.targetKind },
      },
    );
    await syncTodoKinds(trx, [complaintReceivedKind], [id], now);
  });
  return { trackingCode: code, status: 'received' as const };
}

export async function trackComplaint(deps: Deps, origin: Origin, code: string) {
  await consumeAllowance(deps, `complaint-track:${origin.ip ?? 'unknown'}`, TRACKS_PER_HOUR, HOUR_MS);
  const c = await repo.byTrackingHash(deps.db, sha256Hex(code));
  if (!c) throw new AppError('NOT_FOUND');
  const replies = await repo.notesOf(deps.db, c.id, true);
  return {
    status: c.status,
    submittedAt: c.created_at,
    updatedAt: c.updated_at,
    replies: replies.map((r) => ({ at: r.created_at, text: r.note })),
  };
}
