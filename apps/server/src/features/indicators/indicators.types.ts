import type { Conn } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';
import type { OrgScope } from '../../platform/org-scope.ts';

export interface Bilingual {
  zh: string;
  en: string;
}

/** A value attached to a unit (by its current path); the engine sums them up the tree. */
export interface Leaf {
  path: string;
  value: number;
}

/** What a live loader returns: a value per unit id (the engine puts it on the unit's current path; units out of scope drop). */
export interface UnitValue {
  unitId: string;
  value: number;
}

/** What a live loader gets: the scope to read, the period, and the computation's shared reads. */
export interface LeafContext {
  deps: Deps;
  scope: OrgScope;
  from: string;
  to: string;
  /** A read several indicators need, made once per computation (key → promise). */
  shared: <T>(key: string, read: () => Promise<T>) => Promise<T>;
  /** The territory units in force at the period's end, read once per computation. */
  unitsInForce: () => Promise<{ id: string; kind: string }[]>;
}

/** Raw recount cell: the truth roll-ups must equal. */
export interface Cell {
  unit_id: string;
  day: string;
  value: number;
}

/**
 * A detail row a counter's recount reads: the unit it counts for, its date or instant (Asia/Shanghai day;
 * null = not counted) and what it adds (1 when absent; null = not counted).
 */
export interface DetailRow {
  unit_id: string;
  at: string | null;
  amount?: number | null;
}

/**
 * A roll-up counter: cells of (unit, day) maintained on write by the owning module through
 * `bumpCounter` and rebuilt from the detail rows its `recount` reads.
 */
export interface CounterDef {
  code: string;
  recount: (db: Conn) => Promise<DetailRow[]>;
}

/** Where an indicator's value comes from. */
export type IndicatorSource =
  /** Sum of a roll-up counter's cells: within the period (flow) or up to its end (stock). */
  | {
      kind: 'counter';
      counter: string /** Divides the summed cells (fen → yuan: 100, minutes → hours: 60). */;
      scale?: number;
    }
  /** Live leaves for small registries (territory, staff): values per unit as of the period's end. */
  | { kind: 'leaves'; load: (ctx: LeafContext) => Promise<UnitValue[]> }
  /** numerator / denominator, both indicator codes, per target unit (null when the denominator is 0). */
  | { kind: 'ratio'; numerator: string; denominator: string; decimals: number };

export interface IndicatorDef {
  code: string;
  /** The report section (板块) it belongs to: territory, people, workers, decisions, integrity, grid, services, party_life. */
  module: string;
  name: Bilingual;
  definition: Bilingual;
  unit: 'count' | 'persons' | 'share' | 'per_community' | 'm2' | 'yuan' | 'hours' | 'rating';
  /** flow: records dated inside the period; stock: the state at the end of the period. */
  period: 'flow' | 'stock';
  /** Who it is meaningful for, in words (e.g. "subdistrict only"). */
  scopeRule: Bilingual;
  target?: { op: 'gt' | 'gte'; value: number; text: Bilingual };
  /** Unit kinds it is computed for (others get null); all when absent. */
  levels?: readonly ('subdistrict' | 'community' | 'grid')[];
  source: IndicatorSource;
}

/**
 * What one feature module contributes to the catalogue (its `x.indicators.ts`): the counters its write paths bump
 * (each with the recount over its own tables) and its indicators. `features/indicators/catalogue.ts` lists them.
 */
export interface ModuleFigures {
  /** The feature folder that owns these figures (grid, residents, funds, …). */
  module: string;
  counters: CounterDef[];
  indicators: IndicatorDef[];
}

/** A section (板块) of the catalogue and the annual report: its indicators are those whose `module` is `code`. */
export interface IndicatorSection {
  code: string;
  title: Bilingual;
  indicators: IndicatorDef[];
}
