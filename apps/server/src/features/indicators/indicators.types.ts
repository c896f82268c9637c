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

/** What a live loader gets: the scope to read, the period and the current path of any unit id in it. */
export interface LeafContext {
  deps: Deps;
  scope: OrgScope;
  from: string;
  to: string;
  pathOf: (unitId: string) => string | undefined;
  /** Shared by the loaders of one computation: a read several indicators need is made once (key → promise). */
  memo: Map<string, Promise<unknown>>;
}

/** Raw recount of a counter from its detail rows: the truth roll-ups must equal. */
export interface Cell {
  unit_id: string;
  day: string;
  value: number;
}

/**
 * A roll-up counter: cells of (unit, day) maintained on write by the owning module through
 * `bumpCounter` and rebuilt from the detail rows by `recount`.
 */
export interface CounterDef {
  code: string;
  recount: (db: Conn) => Promise<Cell[]>;
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
  | { kind: 'leaves'; load: (ctx: LeafContext) => Promise<Leaf[]> }
  /** numerator / denominator, both indicator codes, per target unit (null when the denominator is 0). */
  | { kind: 'ratio'; numerator: string; denominator: string; decimals: number };

export interface IndicatorDef {
  code: string;
  /** The module whose records it counts (territory, people, decisions, integrity, …). */
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

/** What one module contributes: its counters and its indicators (a new module adds a file, nothing else). */
export interface IndicatorModule {
  module: string;
  title: Bilingual;
  counters: CounterDef[];
  indicators: IndicatorDef[];
}
