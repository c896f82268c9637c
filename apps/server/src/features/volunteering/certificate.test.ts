import { describe, expect, it } from 'vitest';
import { certificateNumber } from './certificate.ts';

describe('volunteer certificates', () => {
  it('numbers have a fixed verifiable shape', () => {
    const n = certificateNumber('2026');
    expect(n).toMatch(/^ZYZ-2026-[0-9A-Z]{10}$/);
    expect(certificateNumber('2015', Buffer.alloc(10, 0))).toBe('ZYZ-2015-2222222222');
    expect(new Set(Array.from({ length: 200 }, () => certificateNumber('2026'))).size).toBe(200);
  });
});
