import { randomInt } from 'node:crypto';
import { sha256Hex } from '../../platform/crypto.ts';

/** How many single-use recovery codes an account gets at enrolment (and when they are regenerated). */
export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Ten codes `xxxxx-xxxxx` (about 49 bits each): shown once, stored only as hashes. */
export function newRecoveryCodes(): string[] {
  const part = () => Array.from({ length: 5 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => `${part()}-${part()}`);
}

/** The stored form: case and the hyphen do not matter when a code is typed back. */
export const recoveryCodeHash = (code: string): string => sha256Hex(`recovery:${code.toLowerCase().replace('-', '')}`);
