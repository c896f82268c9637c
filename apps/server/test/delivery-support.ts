import type { Deps } from '../src/deps.ts';
import type { GroupMessage, RobotTarget, SendResult, SmsMessage } from '../src/platform/outbound/channel.ts';
import type { SenderMap } from '../src/features/messages/senders.ts';
import { newId } from '../src/platform/ids.ts';
import { WEBHOOK_FIELD } from '../src/features/messages/sealed-fields.ts';

export interface Call {
  channel: 'wecom' | 'dingtalk' | 'sms';
  target: RobotTarget | null;
  message: GroupMessage | SmsMessage;
}

/**
 * Senders that record every call and answer what `respond` says (ok with a provider id by default): the sender map
 * delivery looks up, replaced (the platform adapters have their own tests against stand-ins).
 */
export function fakeSenders(pause?: () => Promise<void>) {
  const calls: Call[] = [];
  let n = 0;
  const state = {
    calls,
    respond: (_call: Call): SendResult => ({ ok: true, providerId: `p-${++n}` }),
  };
  const answer = async (call: Call) => {
    calls.push(call);
    if (pause) await pause();
    return state.respond(call);
  };
  const map: SenderMap = {
    wecom: (target, message) => answer({ channel: 'wecom', target, message }),
    dingtalk: (target, message) => answer({ channel: 'dingtalk', target, message }),
    sms: (message) => answer({ channel: 'sms', target: null, message }),
  };
  return Object.assign(state, { map });
}

/** A robot row written directly (units aside): a sealed webhook of its own, enabled, for the kinds given. */
export async function plainRobot(deps: Pick<Deps, 'db' | 'cipher'>, unitId: string, kinds: string[]) {
  const id = newId();
  const url = `https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${id}`;
  const now = new Date().toISOString();
  await deps.db
    .insertInto('robots')
    .values({
      id,
      subdistrict_id: unitId,
      unit_id: unitId,
      unit_path: `/${unitId}/`,
      platform: 'wecom',
      name: '测试群',
      webhook_url: deps.cipher.encrypt(WEBHOOK_FIELD, url),
      secret: null,
      kinds: JSON.stringify(kinds),
      enabled: 1,
      created_by: 'test',
      created_at: now,
      updated_at: now,
    })
    .execute();
  return { id, url };
}
