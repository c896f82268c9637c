/**
 * In-memory sampling for events that anyone can cause in bulk (requests refused before any account is known):
 * at most one per key in each window, and at most `perWindow` in all per window, in this process. Nothing is
 * written for the ones left out, so a flood costs no database work. Bounded: keys older than the window go.
 */
export interface Sampler {
  /** True when this event should be kept. */
  take(key: string, now?: number): boolean;
}

export function createSampler(options: { windowMs: number; perWindow: number }): Sampler {
  const lastKept = new Map<string, number>();
  let windowStart = 0;
  let keptInWindow = 0;
  return {
    take(key, now = Date.now()) {
      if (now - windowStart >= options.windowMs) {
        windowStart = now;
        keptInWindow = 0;
        for (const [k, at] of lastKept) if (now - at >= options.windowMs) lastKept.delete(k);
      }
      const last = lastKept.get(key);
      if (last !== undefined && now - last < options.windowMs) return false;
      if (keptInWindow >= options.perWindow) return false;
      keptInWindow += 1;
      lastKept.set(key, now);
      return true;
    },
  };
}
