/**
 * Outbound channels: group robots of WeCom (企业微信) and DingTalk (钉钉), and SMS through a provider.
 * Each adapter speaks its platform's documented protocol over `fetch` and answers with a SendResult; the messages
 * module (features/messages) decides what to send, records every attempt and retries.
 */

/** What one attempt came to. A refusal that may pass later (timeout, 5xx, rate limit) is `retryable`. */
export type SendResult =
  | { ok: true; providerId?: string }
  | { ok: false; retryable: boolean; error: string; retryAfterMs?: number };

/** A message for a whole group: counts, titles and a link only — never personal data. */
export interface GroupMessage {
  title: string;
  /** Plain lines; the adapter renders them in the platform's markdown. */
  lines: readonly string[];
  /** An absolute link to the console, or null. */
  link: string | null;
}

export type RobotPlatform = 'wecom' | 'dingtalk';

export interface RobotTarget {
  platform: RobotPlatform;
  /** The webhook address as the platform issued it (WeCom: …/cgi-bin/webhook/send?key=…; DingTalk: …/robot/send?access_token=…). */
  webhookUrl: string;
  /** DingTalk's signing secret (加签, `SEC…`), or null when the robot is not signed. */
  secret: string | null;
}

/** An SMS with an approved signature and template (Chinese SMS is sent only from approved templates). */
export interface SmsMessage {
  phone: string;
  templateCode: string;
  params: Record<string, string>;
}

export interface SmsProvider {
  readonly name: string;
  send(message: SmsMessage): Promise<SendResult>;
}

/** The fetch the adapters call (injected so tests can point them at local stand-ins and set timeouts). */
export type Fetch = typeof fetch;
