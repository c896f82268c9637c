import { randomBytes } from 'node:crypto';
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
