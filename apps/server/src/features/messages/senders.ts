import type { Config } from '../../config.ts';
import type {
  GroupMessage,
  RobotTarget,
  SendResult,
  SmsMessage,
  SmsProvider,
} from '../../platform/outbound/channel.ts';
import { sendRobot } from '../../platform/outbound/robot.ts';
import { smsProviderOf } from '../../platform/outbound/sms.ts';

/**
 * The one map delivery looks senders up in: channel → function. main.ts uses the adapters of platform/outbound;
 * tests hand in their own (deliveryJob(senders)).
 */
export interface SenderMap {
  wecom: (target: RobotTarget, message: GroupMessage) => Promise<SendResult>;
  dingtalk: (target: RobotTarget, message: GroupMessage) => Promise<SendResult>;
  sms: (message: SmsMessage) => Promise<SendResult>;
}

/** How long one request to a platform may take before it counts as a (retryable) timeout. */
export const SEND_TIMEOUT_MS = 10_000;

export function adapterSenders(config: Config): SenderMap {
  let provider: SmsProvider | undefined;
  return {
    wecom: (target, message) => sendRobot(target, message, { timeoutMs: SEND_TIMEOUT_MS }),
    dingtalk: (target, message) => sendRobot(target, message, { timeoutMs: SEND_TIMEOUT_MS }),
    sms: (message) => {
      provider ??= smsProviderOf(config);
      return provider.send(message);
    },
  };
}
