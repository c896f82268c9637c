import { describe, expect, it } from 'vitest';
import { hashPassword, isPasswordAcceptable, verifyPassword } from './password.ts';

describe('password policy and hashing', () => {
  it('requires 12 characters and refuses common and context words', () => {
    expect(isPasswordAcceptable('short-Pw1')).toBe(false);
    expect(isPasswordAcceptable('Password-2026!x')).toBe(false);
    expect(isPasswordAcceptable('qinling-2026-abc')).toBe(false);
    expect(isPasswordAcceptable('秦江社区的密码很长很长1')).toBe(false);
    expect(isPasswordAcceptable('aaaaaaaaaaaaaaa')).toBe(false);
    expect(isPasswordAcceptable('Correct-Horse-Battery-9')).toBe(true);
  });
  it('hashes with Argon2id at the OWASP parameters', async () => {
    const hash = await hashPassword('Correct-Horse-Battery-9');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, 'Correct-Horse-Battery-9')).toBe(true);
    expect(await verifyPassword(hash, 'wrong')).toBe(false);
    expect(await verifyPassword('not-a-hash', 'x')).toBe(false);
  });
});
