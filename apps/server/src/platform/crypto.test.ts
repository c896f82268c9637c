import { describe, expect, it } from 'vitest';
import { createFieldCipher } from './crypto.ts';

describe('field encryption', () => {
  const cipher = createFieldCipher(Buffer.alloc(32, 1));
  it('round-trips and never stores the plain text', () => {
    const stored = cipher.encrypt('id_no', '11010519491231002X');
    expect(stored).not.toContain('11010519491231002X');
    expect(cipher.decrypt('id_no', stored)).toBe('11010519491231002X');
  });
  it('uses a fresh IV each time but a stable blind index', () => {
    expect(cipher.encrypt('phone', '13812345678')).not.toBe(cipher.encrypt('phone', '13812345678'));
    expect(cipher.blindIndex('phone', '13812345678')).toBe(cipher.blindIndex('phone', '13812345678'));
    expect(cipher.blindIndex('phone', '13812345678')).not.toBe(cipher.blindIndex('id_no', '13812345678'));
  });
  it('binds cipher text to its field and detects tampering', () => {
    const stored = cipher.encrypt('id_no', '11010519491231002X');
    expect(() => cipher.decrypt('phone', stored)).toThrow();
    const raw = Buffer.from(stored.slice(3), 'base64');
    raw[raw.length - 1] ^= 1;
    expect(() => cipher.decrypt('id_no', `v1:${raw.toString('base64')}`)).toThrow();
  });
  it('another key cannot decrypt or match the index', () => {
    const other = createFieldCipher(Buffer.alloc(32, 2));
    expect(() => other.decrypt('id_no', cipher.encrypt('id_no', 'x'))).toThrow();
    expect(other.blindIndex('id_no', 'x')).not.toBe(cipher.blindIndex('id_no', 'x'));
  });
});
