import { decisionsFigures } from '../decisions/decisions.indicators.ts';
import { educationFigures } from '../education/education.indicators.ts';
import { fundsFigures } from '../funds/funds.indicators.ts';
import { goodDeedsFigures } from '../good-deeds/good-deeds.indicators.ts';
import { gridFigures } from '../grid/grid.indicators.ts';
import { inServiceFigures } from '../in-service-members/in-service.indicators.ts';
import { integrityFigures } from '../integrity/integrity.indicators.ts';
import { pairingFigures } from '../pairing/pairing.indicators.ts';
import { partyLifeFigures } from '../party-life/party-life.indicators.ts';
import { partyMembersFigures } from '../party-members/party-members.indicators.ts';
import { premisesFigures } from '../premises/premises.indicators.ts';
import { residentsFigures } from '../residents/residents.indicators.ts';
import { serviceRequestsFigures } from '../service-requests/service-requests.indicators.ts';
import { territoryFigures } from '../territory/territory.indicators.ts';
import { trainingsFigures } from '../trainings/trainings.indicators.ts';
import { volunteeringFigures } from '../volunteering/volunteering.indicators.ts';
import { workersFigures } from '../workers/workers.indicators.ts';
import type { Bilingual, CounterDef, IndicatorDef, IndicatorSection, ModuleFigures } from './indicators.types.ts';

/**
 * The modules' contributions: each module owns its counters, indicators and recounts in its `x.indicators.ts`;
 * this list is the one place that gathers them (in report order within each section). A new module adds its file
 * and one line here; the engine, API, dashboards and the annual report pick it up.
 */
export const MODULE_FIGURES: readonly ModuleFigures[] = [
  territoryFigures,
  residentsFigures,
  workersFigures,
  decisionsFigures,
  integrityFigures,
  gridFigures,
  premisesFigures,
  fundsFigures,
  serviceRequestsFigures,
  trainingsFigures,
  inServiceFigures,
  volunteeringFigures,
  goodDeedsFigures,
  pairingFigures,
  partyMembersFigures,
  educationFigures,
  partyLifeFigures,
];

/** The sections (板块) of the catalogue and the annual report, in report order; an indicator names its section. */
const SECTION_TITLES: readonly { code: string; title: Bilingual }[] = [
  { code: 'territory', title: { zh: '辖区与网格', en: 'Territory and grids' } },
  { code: 'people', title: { zh: '居民', en: 'Residents' } },
  { code: 'workers', title: { zh: '社区工作力量', en: 'Community staff' } },
  { code: 'decisions', title: { zh: '居民议事与决策', en: 'Deliberation and decisions' } },
  { code: 'integrity', title: { zh: '权力清单与纪律监督', en: 'Power list and supervision' } },
  { code: 'grid', title: { zh: '网格化治理', en: 'Grid governance' } },
  { code: 'services', title: { zh: '服务阵地与为民服务', en: 'Service positions and services' } },
  { code: 'party_life', title: { zh: '党员队伍与志愿服务', en: 'Party members and volunteers' } },
];

/** Each section with its indicators (catalogue.test.ts checks that every contributed indicator has a section). */
export const INDICATOR_SECTIONS: readonly IndicatorSection[] = SECTION_TITLES.map((s) => ({
  ...s,
  indicators: MODULE_FIGURES.flatMap((m) => m.indicators.filter((d) => d.module === s.code)),
}));
export const INDICATORS: readonly IndicatorDef[] = INDICATOR_SECTIONS.flatMap((s) => s.indicators);
export const COUNTERS: readonly CounterDef[] = MODULE_FIGURES.flatMap((m) => m.counters);
