import { randomBytes, randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/** Argon2id (the library default) with the OWASP parameters (19 MiB, t=2, p=1). */
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string): Promise<string> => hash(password, OPTIONS);

let dummyHash: Promise<string> | null = null;

/** A hash of a random secret, made once, so that checking an unknown account costs as much as a known one. */
export function dummyPasswordHash(): Promise<string> {
  if (!dummyHash) dummyHash = hashPassword(randomBytes(24).toString('base64url'));
  return dummyHash;
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** Common and context words (this platform, the subdistrict and its communities). */
const BLOCKLIST = [
  'password',
  'passw0rd',
  '123456',
  '12345678',
  'qwerty',
  'abc123',
  'admin',
  'welcome',
  'iloveyou',
  '111111',
  'jishi',
  '基石',
  'qinling',
  '秦岭',
  'zhongyuan',
  '中原',
  'zhengzhou',
  '郑州',
  'qinjiang',
  '秦江',
  'jinyi',
  '锦艺',
  'jianxi',
  '建西',
  'dukang',
  '杜康',
  'jinyuan',
  '金源',
  'nanzhai',
  '南寨',
  'dianxin',
  '电新',
  'liuchang',
  '六厂',
];

export function isPasswordAcceptable(password: string): boolean {
  if ([...password].length < 12) return false;
  const lower = password.toLowerCase();
  if (BLOCKLIST.some((w) => lower.includes(w))) return false;
  return new Set(password).size >= 5;
}

/** What is wrong with a new password for this account: too weak, or it contains the user name; null when fine. */
export function passwordProblem(
  password: string,
  username: string,
): 'PASSWORD_WEAK' | 'PASSWORD_CONTAINS_USERNAME' | null {
  if (username && password.toLowerCase().includes(username.toLowerCase())) return 'PASSWORD_CONTAINS_USERNAME';
  return isPasswordAcceptable(password) ? null : 'PASSWORD_WEAK';
}

/** Letters and digits that are hard to mistake for one another when read out or copied by hand. */
const OTP_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A one-time password an administrator hands over (4 groups of 4, about 79 bits); never stored in clear. */
export function oneTimePassword(username: string): string {
  for (;;) {
    const groups = Array.from({ length: 4 }, () =>
      Array.from({ length: 4 }, () => OTP_ALPHABET[randomInt(OTP_ALPHABET.length)]).join(''),
    );
    const candidate = groups.join('-');
    if (passwordProblem(candidate, username) === null) return candidate;
  }
}
