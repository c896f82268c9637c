import { Secret, TOTP } from 'otpauth';

/** RFC 6238 TOTP (SHA-1, 6 digits, 30 s) as authenticator apps expect; ±1 step of clock drift. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpUri(secretBase32: string, username: string): string {
  return new TOTP({ issuer: 'Jishi', label: username, secret: Secret.fromBase32(secretBase32) }).toString();
}

export function verifyTotp(secretBase32: string, code: string): boolean {
  const totp = new TOTP({ secret: Secret.fromBase32(secretBase32) });
  return totp.validate({ token: code, window: 1 }) !== null;
}

export function currentTotp(secretBase32: string): string {
  return new TOTP({ secret: Secret.fromBase32(secretBase32) }).generate();
}
