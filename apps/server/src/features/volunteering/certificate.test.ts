import { describe, expect, it } from 'vitest';
import { certificateNumber, maskName } from './certificate.ts';

describe('volunteer certificates', () => {
  it('numbers have a fixed verifiable shape', () => {
    const n = certificateNumber('2026');
    expect(n).toMatch(/^ZYZ-2026-[0-9A-Z]{10}$/);
    expect(certificateNumber('2015', Buffer.alloc(10, 0))).toBe('ZYZ-2015-2222222222');
    expect(new Set(Array.from({ length: 200 }, () => certificateNumber('2026'))).size).toBe(200);
  });
  it('masks names, keeping only the first character', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('欧阳娜娜')).toBe('欧***');
    expect(maskName('李')).toBe('*');
  });
});
