import type { OutboundChannel, OutboundStatus, RobotPlatformCode } from '@jishi/shared';

/** The messages module's tables (migration 2026_12_07_1100_messages). */

/** An in-app message (站内消息) to one user, written in both languages when the event happens. */
export interface MessageTable {
  id: string;
  user_id: string;
  /** The reminder kind, `<module>.<what>` (shared MESSAGE_KINDS). */
  kind: string;
  /** Names the event (e.g. `<case id>:red`): unique with user and kind, so one event makes one message per person. */
  dedupe_key: string;
  title_zh: string;
  title_en: string;
  body_zh: string;
  body_en: string;
  link: string | null;
  created_at: string;
  read_at: string | null;
}

/** A user's choice of channels; no row means the defaults (in-app only, quiet hours 21:00–08:00). */
export interface MessagePreferenceTable {
  user_id: string;
  /** JSON list of the kinds also sent by SMS. */
  sms_kinds: string;
  /** 'HH:MM' Asia/Shanghai; SMS falling in [start, end) waits until end. Equal: no quiet hours. */
  quiet_start: string;
  quiet_end: string;
  /** The number SMS goes to, sealed with the field cipher (field `message_phone`); masked copy for display. */
  phone_enc: string | null;
  phone_mask: string | null;
  updated_at: string;
}

/** A unit's group robot (群机器人). The webhook (its key is the credential) and the signing secret are sealed. */
export interface RobotTable {
  id: string;
  subdistrict_id: string;
  unit_id: string;
  unit_path: string;
  platform: RobotPlatformCode;
  name: string;
  /** Sealed with the field cipher (field `robot_webhook`). */
  webhook_url: string;
  /** DingTalk's signing secret, sealed (field `robot_secret`); null for WeCom or an unsigned robot. */
  secret: string | null;
  /** JSON list of the reminder kinds the robot receives. */
  kinds: string;
  enabled: number;
  created_by: string;
  created_at: string;
  updated_at: string;
}

/**
 * The outbox: every message sent out of the platform (a group robot's post, an SMS), one row per event and
 * target, unique on (channel, target, kind, dedupe key) so it is never sent twice for the same event.
 */
export interface OutboundMessageTable {
  id: string;
  kind: string;
  dedupe_key: string;
  channel: OutboundChannel;
  /** The robot's id (wecom, dingtalk) or the user's id (sms). */
  target_id: string;
  /** JSON: a GroupMessage (no personal data) for robots; `{ templateCode, params }` for SMS (no number). */
  payload: string;
  status: OutboundStatus;
  /** Send attempts made (a row held back by quiet hours or the rate limit counts none). */
  attempts: number;
  next_attempt_at: string;
  /** The delivery pass holding the row while it sends (owner + until); a row whose lease ran out is taken over. */
  lease_owner: string | null;
  lease_until: string | null;
  last_error: string | null;
  provider_id: string | null;
  /** One id per request to the provider: the rows of a digest share it (the robot rate limit counts these). */
  delivery_id: string | null;
  created_at: string;
  sent_at: string | null;
}
