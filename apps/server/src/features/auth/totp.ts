import { Secret, TOTP } from 'otpauth';

/** RFC 6238 TOTP (SHA-1, 6 digits, 30 s) as authenticator apps expect; ±1 step of clock drift. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpUri(secretBase32: string, username: string): string {
  return new TOTP({ issuer: 'Jishi', label: username, secret: Secret.fromBase32(secretBase32) }).toString();
}

/** The time step the code belongs to, or null; a step at or before `lastStep` is a replay. */
export function acceptTotp(
  secretBase32: string,
  code: string,
  lastStep: number | null,
  now = Date.now(),
): number | null {
  const totp = new TOTP({ secret: Secret.fromBase32(secretBase32) });
  const delta = totp.validate({ token: code, window: 1, timestamp: now });
  if (delta === null) return null;
  const step = Math.floor(now / 1000 / totp.period) + delta;
  return lastStep !== null && step <= lastStep ? null : step;
}

export function currentTotp(secretBase32: string): string {
  return new TOTP({ secret: Secret.fromBase32(secretBase32) }).generate();
}
