import { randomBytes } from 'node:crypto';

const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/**
 * Certificate numbers: ZYZ-<year>-<10 random characters> (≈50 bits; unguessable, so the public
 * check cannot be used to enumerate certificates). The number itself carries no personal data.
 */
export function certificateNumber(year: string, bytes: Buffer = randomBytes(10)): string {
  let tail = '';
  for (const b of bytes.subarray(0, 10)) tail += ALPHABET[b % ALPHABET.length];
  return `ZYZ-${year}-${tail}`;
}
