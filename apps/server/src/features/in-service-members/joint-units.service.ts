import type { JointUnitInput } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { authorize } from '../../platform/authorize.ts';
import { newId } from '../../platform/ids.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { requireCommunity } from '../territory/territory.service.ts';
import { audited } from '../audit/audit.service.ts';
import * as repo from './in-service.repo.ts';

/** Joint units (共建单位): organisations that register with a community and commit to serve it. */
export async function createJointUnit(deps: Deps, actor: Actor, input: JointUnitInput) {
  authorize(actor, 'volunteer:write');
  const community = await requireCommunity(deps.db, actor, input.communityId, { at: ['body', 'communityId'] });
  const row = {
    id: newId(),
    community_id: community.id,
    name: input.name,
    party_org: input.partyOrg,
    contact_name: input.contactName,
    commitments: input.commitments,
    registered_on: input.registeredOn,
    created_at: nowIsoOf(deps.clock),
  };
  await audited(
    deps,
    actor,
    { action: 'joint_unit.register', subjectType: 'joint_unit', subjectId: row.id, orgPath: community.path },
    (trx) => repo.insertJointUnit(trx, row),
  );
  return {
    id: row.id,
    communityId: row.community_id,
    name: row.name,
    partyOrg: row.party_org,
    contactName: row.contact_name,
    commitments: row.commitments,
    registeredOn: row.registered_on,
  };
}

export async function listJointUnits(deps: Deps, actor: Actor) {
  authorize(actor, 'volunteer:read');
  const rows = await repo.listJointUnits(deps.db, actor.scope);
  return {
    items: rows.map((r) => ({
      id: r.id,
      communityId: r.community_id,
      name: r.name,
      partyOrg: r.party_org,
      contactName: r.contact_name,
      commitments: r.commitments,
      registeredOn: r.registered_on,
    })),
  };
}
