import type { Deps } from './deps.ts';
import type { Actor } from './platform/actor.ts';

/** The demo territory the base seed created (seed/seed-territory.ts). */
export interface SeededTerritory {
  subdistrictId: string;
  /** Community and village ids by name, in the demo's order (current ones; merged communities are not here). */
  communities: Map<string, string>;
  /** Current grids and micro-grids per community name. */
  grids: Map<string, { id: string; name: string }[]>;
}

/** A current community or village of the demo, with its materialized path (audit paths, "is this under it"). */
export interface SeededCommunity {
  name: string;
  id: string;
  path: string;
}

/**
 * What a module's demo seed (`features/<id>/<id>.seed.ts`, registered as `seed` in `<id>.module.ts`) gets from the
 * base demo (seed/seed-demo.ts: territory, people, Party organisations and members, workers, demo accounts). Module
 * seeds run in registry order, after the base, and write through their services (or their own repos, audited).
 */
export interface SeedContext {
  /** The seeding actor: every permission, the whole tree, audited as 'system'. */
  system: Actor;
  territory: SeededTerritory;
  /** The subdistrict's path. */
  subdistrictPath: string;
  /** The current communities and the village, in the demo's order. */
  communities: readonly SeededCommunity[];
  /** Resident ids per community name. */
  residents: ReadonlyMap<string, readonly string[]>;
  /** The actor of a seeded demo account (as its session would be), or null when there is no such account. */
  actorOf(username: string): Promise<Actor | null>;
  /**
   * The demo's deterministic random stream for a seed number, shared: module seeds asking for the same number
   * continue one stream in registry order (Party life and its neighbours share 2016), so the demo stays the same.
   */
  random(seed: number): () => number;
}

/** A module's demo seed. */
export type ModuleSeed = (deps: Deps, ctx: SeedContext) => Promise<void>;
