import { describe, expect, it } from 'vitest';
import { Secret, TOTP } from 'otpauth';
import { acceptTotp, newTotpSecret } from './totp.ts';

describe('TOTP second factor', () => {
  const secret = newTotpSecret();
  const now = Date.UTC(2026, 10, 29, 8, 0, 10);
  const code = (at: number) => new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: at });

  it('accepts the current code and one step of clock drift, returning its step', () => {
    const step = Math.floor(now / 30_000);
    expect(acceptTotp(secret, code(now), null, now)).toBe(step);
    expect(acceptTotp(secret, code(now - 30_000), null, now)).toBe(step - 1);
    expect(acceptTotp(secret, code(now - 90_000), null, now)).toBeNull();
  });
  it('never accepts the same code (or an older one) twice', () => {
    const step = acceptTotp(secret, code(now), null, now);
    expect(acceptTotp(secret, code(now), step, now + 5_000)).toBeNull();
    expect(acceptTotp(secret, code(now - 30_000), step, now)).toBeNull();
    expect(acceptTotp(secret, code(now + 30_000), step, now + 30_000)).toBe((step ?? 0) + 1);
  });
  it('rejects a wrong code', () => {
    expect(acceptTotp(secret, code(now) === '000000' ? '111111' : '000000', null, now)).toBeNull();
  });
});
