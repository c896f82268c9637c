import type { Deps } from '../deps.ts';
import type { SeedContext } from '../seed-context.ts';
import { SERVER_MODULES } from '../modules.ts';
import { systemActor } from '../features/auth/system-actor.ts';
import { createUser } from '../features/users/users.service.ts';
import { unitPathOf, unitsOfKinds } from '../features/territory/territory.service.ts';
import { rebuildAsActor } from '../features/indicators/rollups.service.ts';
import { COUNTERS } from '../features/indicators/catalogue.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.ts';
import { seedTerritory } from './seed-territory.ts';
import { seedResidents, seedWorkers } from './seed-people.ts';
import { seedParty } from './seed-party.ts';
import { seedBranchSecretary } from './seed-branch-secretary.ts';
import { actorForSeededUser } from './seed-actor.ts';
import { resyncTodos } from '../features/todos/todos.service.ts';
import { nowIsoOf } from '../platform/clock.ts';
import { prng } from './people-generator.ts';

/**
 * Loads the demo subdistrict into an empty database (through the services, so it is all audited): the base every
 * module's demo builds on (territory, residents, workers, Party organisations and members, the demo accounts), then
 * each module's own seed (`features/<id>/<id>.seed.ts`) in registry order, then the indicator roll-ups.
 */
export async function seedDemo(deps: Deps): Promise<boolean> {
  if (await deps.db.selectFrom('org_units').select('id').limit(1).executeTakeFirst()) return false;
  const actor = systemActor();
  const territory = await seedTerritory(deps, actor);
  const residents = await seedResidents(deps, actor, territory);
  await seedWorkers(deps, actor, territory);
  await seedParty(deps, actor, territory, residents);
  const units = new Map(
    (await unitsOfKinds(deps.db, ['subdistrict', 'community', 'village', 'grid', 'micro_grid'])).map((u) => [
      u.name,
      u,
    ]),
  );
  for (const a of DEMO_ACCOUNTS) {
    await createUser(
      deps,
      actor,
      {
        username: a.username,
        displayName: a.displayName,
        role: a.role,
        scopeUnitId: units.get(a.scope)?.id as string,
      },
      DEMO_PASSWORD,
    );
  }
  await seedBranchSecretary(deps, actor);

  const streams = new Map<number, () => number>();
  const ctx: SeedContext = {
    system: actor,
    territory,
    subdistrictPath: (await unitPathOf(deps.db, territory.subdistrictId)) as string,
    communities: [...territory.communities]
      .filter(([name]) => units.has(name))
      .map(([name, id]) => ({ name, id, path: units.get(name)?.path as string })),
    residents,
    actorOf: (username) => actorForSeededUser(deps, username),
    random: (seed) => {
      const stream = streams.get(seed) ?? prng(seed);
      streams.set(seed, stream);
      return stream;
    },
  };
  for (const m of SERVER_MODULES) if (m.seed) await m.seed(deps, ctx);
  // indicators: Party life is bulk-loaded (not through its services), so its roll-ups are rebuilt once from the rows
  await rebuildAsActor(deps, actor, COUNTERS);
  // to-do: the demo's records were loaded as of their own days (and some in bulk): derive today's open items once
  await resyncTodos(
    deps.db,
    SERVER_MODULES.flatMap((m) => m.todos ?? []),
    nowIsoOf(deps.clock),
  );
  return true;
}
