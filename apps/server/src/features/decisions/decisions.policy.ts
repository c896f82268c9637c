import type { MatterStatus } from '@jishi/shared';
import type { Actor } from '../../platform/actor.ts';
import { can } from '../../platform/authorize.ts';
import type { StageKind } from './decisions.engine.ts';
import { allows } from './decisions.workflow.ts';

/** What the actor may do with a matter now; travels with the matter so the UI does not re-derive it. */
export function matterAbilities(actor: Actor, status: MatterStatus, nextKind: StageKind | null) {
  const write = can(actor, 'decision:write');
  return {
    revise: write && allows(status, 'revise'),
    withdraw: write && allows(status, 'withdraw'),
    recordMeeting: write && allows(status, 'record_passed') && (nextKind === 'meeting' || nextKind === 'solicitation'),
    publishNotice:
      write && nextKind === 'notice' && (allows(status, 'publish_resolution') || allows(status, 'publish_result')),
    track: write && allows(status, 'track'),
    rate: can(actor, 'notice:rate') && allows(status, 'rate'),
  };
}
