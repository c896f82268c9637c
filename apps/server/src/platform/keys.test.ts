import { describe, expect, it } from 'vitest';
import { dataKeyProblem, parseDataKey } from './keys.ts';

describe('data key text', () => {
  const good = Buffer.alloc(32, 5).toString('base64');

  it('accepts canonical base64 of 32 bytes (surrounding whitespace of a key file ignored)', () => {
    expect(dataKeyProblem(good)).toBeNull();
    expect(parseDataKey(`${good}\n`, 'test')).toEqual(Buffer.alloc(32, 5));
  });

  it('refuses other lengths, stray characters, url-safe or non-canonical text', () => {
    const wrong = [
      '',
      Buffer.alloc(16, 1).toString('base64'),
      Buffer.alloc(33, 1).toString('base64'),
      `${good.slice(0, 10)}*${good.slice(11)}`,
      good.replace('=', ''),
      Buffer.alloc(32, 0xfb).toString('base64url'),
      `${good.slice(0, 42)}B=`,
    ];
    for (const text of wrong) expect(dataKeyProblem(text), text).not.toBeNull();
    expect(() => parseDataKey('abc', 'JISHI_DATA_KEY')).toThrow(/^JISHI_DATA_KEY must be the base64 of exactly 32/);
  });
});
