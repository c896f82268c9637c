import type { Fetch, GroupMessage, RobotTarget, SendResult } from './channel.ts';

export interface RobotOptions {
  fetch?: Fetch;
  timeoutMs?: number;
  now?: () => Date;
}

/** Posts a group message through a WeCom or DingTalk robot webhook. (Placeholder: the adapters land in this file.) */
export async function sendRobot(
  _target: RobotTarget,
  _message: GroupMessage,
  _opts: RobotOptions = {},
): Promise<SendResult> {
  return { ok: false, retryable: false, error: 'robot adapters not built yet' };
}
