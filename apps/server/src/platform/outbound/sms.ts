import { maskMobile } from '@jishi/shared';
import type { Config } from '../../config.ts';
import { systemClock } from '../clock.ts';
import { aliyunSmsProvider } from './aliyun-sms.ts';
import type { Fetch, SendResult, SmsMessage, SmsProvider } from './channel.ts';
import { DEFAULT_TIMEOUT_MS } from './http-attempt.ts';

export interface SmsProviderOptions {
  /** The fetch to call (tests point it at the local stand-in); the global fetch by default. */
  fetch?: Fetch;
  /** How long one attempt may take, answer included (10 s by default). */
  timeoutMs?: number;
  /** The clock requests are dated by; pass the deployment's `deps.clock.now`. */
  now?: () => Date;
  /** Where the log channel writes (the server's console by default). */
  log?: (line: string) => void;
  /** The SignatureNonce of each Aliyun request (random by default). */
  nonce?: () => string;
}

/**
 * The development channel: writes the message to the log with the phone masked (3+4) and accepts it. Nothing
 * leaves the machine, so `npm start` needs no account.
 */
export function logSmsProvider(log: (line: string) => void = console.info): SmsProvider {
  return {
    name: 'log',
    async send(message: SmsMessage): Promise<SendResult> {
      log(`[sms] to ${maskMobile(message.phone)} template ${message.templateCode} ${JSON.stringify(message.params)}`);
      return { ok: true };
    },
  };
}

/** The SMS provider the configuration names (JISHI_SMS): `log` (the default) or `aliyun`. */
export function smsProviderOf(config: Pick<Config, 'sms'>, opts: SmsProviderOptions = {}): SmsProvider {
  const sms = config.sms;
  if (sms.provider === 'log') return logSmsProvider(opts.log);
  return aliyunSmsProvider(sms, {
    fetch: opts.fetch ?? fetch,
    timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    now: opts.now ?? systemClock.now,
    nonce: opts.nonce,
  });
}
