import type { Config } from '../../config.ts';
import type { SmsMessage, SmsProvider, SendResult } from './channel.ts';

/** The SMS provider the configuration names. (Placeholder: the log channel and the Aliyun adapter land here.) */
export function smsProviderOf(_config: Config): SmsProvider {
  return {
    name: 'log',
    async send(_m: SmsMessage): Promise<SendResult> {
      return { ok: true };
    },
  };
}
