import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { authorize, inScope } from '../../platform/authorize.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { today } from '../../platform/local-date.ts';
import { audited } from '../audit/audit.service.ts';
import { bumpCounter } from '../indicators/rollups.service.ts';
import type { ActivitySignupTable } from './volunteering.table.ts';
import { nextSignupStatus, serviceMinutesValid, type SignupAction } from './volunteering.workflow.ts';
import { signupToView } from './volunteering.view.ts';
import { ownVolunteer, requireActivity } from './volunteering.service.ts';
import { VERIFIED_MINUTES } from './volunteering.indicators.ts';
import * as repo from './volunteering.repo.ts';

/** Sign-ups to activities: the volunteer signs up, the organiser checks in and out, records and verifies the hours. */
/** Signs the caller up; never beyond capacity (the place is taken by a conditional update in the same transaction). */
export async function signUp(deps: Deps, actor: Actor, activityId: string) {
  authorize(actor, 'volunteer:self');
  const activity = await requireActivity(deps, actor, activityId);
  if (activity.held_on < today(deps.clock)) throw new AppError('CONFLICT');
  const me = await ownVolunteer(deps, actor, true, activity.community_id);
  if (!me) throw new Error('self-registration returned no volunteer');
  const now = nowIsoOf(deps.clock);
  const row: ActivitySignupTable = {
    id: newId(),
    activity_id: activity.id,
    volunteer_id: me.id,
    status: 'signed_up',
    checked_in_at: null,
    checked_out_at: null,
    service_minutes: null,
    recorded_by: null,
    verified_at: null,
    verified_by: null,
    created_at: now,
    updated_at: now,
  };
  await audited(
    deps,
    actor,
    {
      action: 'volunteer_activity.sign_up',
      subjectType: 'volunteer_activity',
      subjectId: activity.id,
      orgPath: activity.community_path,
      changes: { volunteerId: me.id },
    },
    async (trx) => {
      await repo.insertSignup(trx, row); // a second sign-up of the same volunteer fails here (unique) → 409 DUPLICATE
      if (!(await repo.takePlace(trx, activity.id))) throw new AppError('ACTIVITY_FULL');
    },
  );
  return signupToView({ ...row, volunteer_name: me.name });
}

/** The organiser moves a sign-up on: check in, check out, record service time, verify. */
export async function moveSignup(
  deps: Deps,
  actor: Actor,
  id: string,
  action: SignupAction,
  input: { at?: string; minutes?: number } = {},
) {
  authorize(actor, 'volunteer:write');
  const signup = inScope(actor, await repo.findSignup(deps.db, id), (s) => s.community_path);
  const to = nextSignupStatus(signup.status, action);
  if (!to) throw new AppError('SIGNUP_STATE');
  const now = nowIsoOf(deps.clock);
  const at = input.at ?? now;
  const patch: Partial<ActivitySignupTable> = { status: to, updated_at: now };
  if (action === 'check_in') patch.checked_in_at = at;
  if (action === 'check_out') {
    if (Date.parse(at) < Date.parse(signup.checked_in_at ?? at))
      throw new AppError('VALIDATION', {
        issues: [{ code: 'custom', path: ['body', 'at'], message: 'validation.timeOrder' }],
      });
    patch.checked_out_at = at;
  }
  if (action === 'record') {
    if (!serviceMinutesValid(input.minutes ?? 0, signup.checked_in_at ?? now, signup.checked_out_at ?? now)) {
      throw new AppError('VALIDATION', {
        issues: [{ code: 'custom', path: ['body', 'minutes'], message: 'validation.serviceMinutes' }],
      });
    }
    Object.assign(patch, { service_minutes: input.minutes, recorded_by: actor.userId });
  }
  if (action === 'verify') Object.assign(patch, { verified_at: now, verified_by: actor.userId });
  await audited(
    deps,
    actor,
    {
      action: `volunteer_signup.${action}`,
      subjectType: 'activity_signup',
      subjectId: id,
      orgPath: signup.community_path,
      changes: { from: signup.status, to, minutes: patch.service_minutes },
    },
    async (trx) => {
      if (!(await repo.moveSignup(trx, id, signup.status, patch))) throw new AppError('SIGNUP_STATE');
      if (to === 'verified')
        await bumpCounter(trx, VERIFIED_MINUTES, signup.community_id, now, signup.service_minutes ?? 0);
    },
  );
  return signupToView({ ...signup, ...patch });
}
