import { v7 } from 'uuid';

/** Ids are generated in the application (UUIDv7: time-ordered) so both dialects agree. */
export const newId = (): string => v7();
