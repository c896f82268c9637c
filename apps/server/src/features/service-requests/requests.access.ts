import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { assertInScope, can } from '../../platform/authorize.ts';
import { AppError } from '../../platform/errors.ts';
import { providerOfUser } from '../providers/providers.service.ts';
import type { RequestParty } from './service-requests.workflow.ts';
import { toRequestView } from './requests.view.ts';
import * as repo from './requests.repo.ts';

/** Who may see a request and as which parties they act on it (staff, the submitter, the provider it went to). */
/** Which parties the actor may act as on this request. */
export async function partiesOf(deps: Deps, actor: Actor, q: repo.RequestRow): Promise<Set<RequestParty>> {
  const parties = new Set<RequestParty>();
  if (can(actor, 'service:write') && actor.role !== 'provider') parties.add('staff').add('handler');
  if (q.submitted_by === actor.userId) parties.add('submitter');
  if (can(actor, 'provider:orders') && q.provider_id && q.provider_id === (await providerOfUser(deps.db, actor.userId)))
    parties.add('handler');
  return parties;
}

/** The request if the actor may see it: staff in scope; the resident who submitted it; the provider it was dispatched to. Otherwise 404. */
export async function requireVisible(deps: Deps, actor: Actor, id: string): Promise<repo.RequestRow> {
  const q = await repo.findRequest(deps.db, id);
  assertInScope(actor, q?.unit_path);
  const row = q as repo.RequestRow;
  if (can(actor, 'service:read')) return row;
  if ((await partiesOf(deps, actor, row)).size === 0) throw new AppError('NOT_FOUND', { outOfScope: true });
  return row;
}

export async function requestView(deps: Deps, actor: Actor, q: repo.RequestRow) {
  const [events, photos] = await Promise.all([repo.eventsOf(deps.db, q.id), repo.photosOf(deps.db, q.id)]);
  return toRequestView(q, events, photos, deps.cipher, actor.userId, deps.clock.now());
}
