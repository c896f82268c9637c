import type { ModuleManifest } from '@jishi/shared';
import type { Deps } from './deps.ts';
import type { App } from './platform/http-types.ts';
import type { JobKind } from './platform/jobs/job-kind.ts';
import type { ModuleSeed } from './seed-context.ts';
import type { TodoKind } from './features/todos/todos.types.ts';

/** A function that adds a module's routes to the app. */
export type Routes = (app: App, deps: Deps) => void;

/**
 * A module as the server sees it (`features/<id>/<id>.module.ts`): its shared manifest (permissions, grants,
 * menu, figures) and what it registers. The registry is `modules.ts`, one line per module.
 */
export interface ServerModule {
  manifest: ModuleManifest;
  routes: readonly Routes[];
  /** The kinds of scheduled job the module declares (run by platform/jobs/job-runner.ts, started in main.ts). */
  jobs?: readonly JobKind<Deps>[];
  /** The kinds of to-do the module derives from its records (`<id>.todos.ts`); codes as in the manifest's `todos`. */
  todos?: readonly TodoKind[];
  /** The module's demo data (`<id>.seed.ts`), loaded after the base demo, in registry order (seed/seed-demo.ts). */
  seed?: ModuleSeed;
}
