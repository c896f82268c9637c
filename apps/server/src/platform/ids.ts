import { v7 } from 'uuid';

/** Ids are generated in the application (UUIDv7: time-ordered) so both dialects agree. */
export const newId = (): string => v7();

/** Instants are stored as UTC ISO-8601 strings in both dialects. */
export const nowIso = (): string => new Date().toISOString();

/** Today's calendar date (UTC) as YYYY-MM-DD. */
export const todayIso = (): string => nowIso().slice(0, 10);
