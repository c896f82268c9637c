import type { CounterDef, IndicatorDef, IndicatorModule } from '../indicators.types.ts';
import { territoryIndicators } from './territory.ts';
import { peopleIndicators } from './people.ts';
import { workersIndicators } from './workers.ts';
import { decisionsIndicators } from './decisions.ts';
import { integrityIndicators } from './integrity.ts';
// grid, services and party life
import { gridIndicators } from './grid.ts';
import { servicesIndicators } from './services.ts';
import { partyLifeIndicators } from './party-life.ts';

/**
 * The catalogue: one file per contributing module. A new module (grid reports, services, Party life…)
 * adds its file and one line here; the engine, API, dashboards and the annual report pick it up.
 */
export const INDICATOR_MODULES: readonly IndicatorModule[] = [
  territoryIndicators,
  peopleIndicators,
  workersIndicators,
  decisionsIndicators,
  integrityIndicators,
  gridIndicators,
  servicesIndicators,
  partyLifeIndicators,
];

export const INDICATORS: readonly IndicatorDef[] = INDICATOR_MODULES.flatMap((m) => m.indicators);
export const COUNTERS: readonly CounterDef[] = INDICATOR_MODULES.flatMap((m) => m.counters);
