import { describe, expect, it } from 'vitest';
import { createSampler } from './sampler.ts';

describe('sampler', () => {
  it('keeps one event per key a window, and no more than the overall cap', () => {
    const s = createSampler({ windowMs: 60_000, perWindow: 3 });
    expect(s.take('a', 0)).toBe(true);
    expect(s.take('a', 1_000)).toBe(false);
    expect(s.take('b', 1_000)).toBe(true);
    expect(s.take('c', 2_000)).toBe(true);
    expect(s.take('d', 3_000)).toBe(false);
    expect(s.take('a', 60_000)).toBe(true);
    expect(s.take('d', 60_001)).toBe(true);
  });
});
