/**
 * The one source of "now" for services: `deps.clock`. main.ts hands in the system clock; tests may hand in a
 * settable one (test/harness.ts) to run a service at a chosen instant, e.g. 23:30 UTC = 07:30 the next day in
 * the subdistrict. Business dates come from it through `platform/local-date.ts`.
 */
export interface Clock {
  /** The current instant. */
  now(): Date;
}

/** The real time. */
export const systemClock: Clock = { now: () => new Date() };

/** The current instant as stored: UTC ISO-8601 text in both dialects. */
export const nowIsoOf = (clock: Clock): string => clock.now().toISOString();

/** A clock that reads the real time until it is set; `set(undefined)` goes back to the real time (tests). */
export interface SettableClock extends Clock {
  set(instant: string | Date | undefined): void;
}

export function settableClock(): SettableClock {
  let fixed: number | undefined;
  return {
    now: () => (fixed === undefined ? new Date() : new Date(fixed)),
    set: (instant) => {
      fixed = instant === undefined ? undefined : new Date(instant).getTime();
    },
  };
}
