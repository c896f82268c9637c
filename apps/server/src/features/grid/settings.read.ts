import { type TimeLimits, timeLimitsSchema } from '@jishi/shared';
import type { Conn } from '../../db/schema.ts';
import { DEFAULT_CUTOFF, DEFAULT_TIME_LIMITS } from './cases.limits.ts';
import * as repo from './settings.repo.ts';

export interface GridSettings {
  cutoff: string;
  timeLimits: TimeLimits;
}

/** A subdistrict's cut-off and time limits, or the defaults (17:00 and DEFAULT_TIME_LIMITS). */
export async function settingsFor(db: Conn, subdistrictId: string): Promise<GridSettings> {
  const row = await repo.findSettings(db, subdistrictId);
  if (!row) return { cutoff: DEFAULT_CUTOFF, timeLimits: DEFAULT_TIME_LIMITS };
  return { cutoff: row.cutoff, timeLimits: timeLimitsSchema.parse(JSON.parse(row.time_limits)) };
}
