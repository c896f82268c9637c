import type { Config } from '../../config.ts';

/**
 * How a one-time sign-in code reaches a resident. A deployment plugs in its SMS gateway by adding
 * a channel here (an object with `send`) and a value of PORTAL_CODE_CHANNEL selecting it; the code
 * never leaves this call in any other way (it is stored only as a hash).
 */
export interface CodeChannel {
  readonly name: string;
  send(phone: string, code: string, ttlSeconds: number): Promise<void>;
}

/** Development channel: writes the code to the server log (never use in production). */
export const logChannel: CodeChannel = {
  name: 'log',
  async send(phone, code, ttlSeconds) {
    console.info(`[portal-code] ${phone.slice(0, 3)}****${phone.slice(-4)} code ${code} (valid ${ttlSeconds}s)`);
  },
};

const CHANNELS: Record<NonNullable<Config['portalCodeChannel']>, CodeChannel> = { log: logChannel };

export function codeChannelFor(config: Pick<Config, 'portalCodeChannel'>): CodeChannel {
  return CHANNELS[config.portalCodeChannel ?? 'log'];
}
