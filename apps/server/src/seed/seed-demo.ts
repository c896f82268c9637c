import type { Deps } from '../deps.ts';
import { systemActor } from '../features/auth/system-actor.ts';
import { createUser } from '../features/users/users.service.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.ts';
import { seedTerritory } from './seed-territory.ts';
import { seedResidents, seedWorkers } from './seed-people.ts';
import { seedParty } from './seed-party.ts';
import { seedDecisions } from './seed-decisions.ts';
import { seedIntegrity } from './seed-integrity.ts';
import { actorForSeededUser } from './seed-actor.ts';
// grid governance
import { seedGrid } from './seed-grid.ts';
// party life and volunteers
import { seedPartyLife } from './seed-party-life.ts';
// services
import { seedServices } from './seed-services.ts';
// residents' portal
import { seedPortal } from './seed-portal.ts';
import { seedBoundaries } from './seed-boundaries.ts';
// indicators of grid, services and party life
import { rebuildAsActor } from '../features/indicators/rollups.service.ts';
import { COUNTERS } from '../features/indicators/catalogue.ts';
// branch secretary's own branch
import { seedBranchSecretary } from './seed-branch-secretary.ts';

/** Loads the demo subdistrict into an empty database (through the services, so it is all audited). */
export async function seedDemo(deps: Deps): Promise<boolean> {
  const existing = await deps.db.selectFrom('org_units').select('id').limit(1).execute();
  if (existing.length > 0) return false;
  const actor = systemActor();
  const territory = await seedTerritory(deps, actor);
  const residents = await seedResidents(deps, actor, territory);
  await seedWorkers(deps, actor, territory);
  await seedParty(deps, actor, territory, residents);
  const units = new Map(
    (await deps.db.selectFrom('org_units').select(['id', 'name']).where('valid_to', 'is', null).execute()).map((u) => [
      u.name,
      u.id,
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
        scopeUnitId: units.get(a.scope) as string,
      },
      DEMO_PASSWORD,
    );
  }
  await seedDecisions(deps, actor, territory, residents, await actorForSeededUser(deps, 'resident'));
  await seedIntegrity(deps, actor, territory, {
    worker: await actorForSeededUser(deps, 'worker'),
    secretary: await actorForSeededUser(deps, 'secretary'),
  });
  // grid governance
  await seedGrid(deps, actor, territory);
  // party life and volunteers
  await seedPartyLife(deps, actor, territory, {
    leader: await actorForSeededUser(deps, 'leader'),
    member: await actorForSeededUser(deps, 'member'),
    volunteer: await actorForSeededUser(deps, 'volunteer'),
  });
  // services
  await seedServices(deps, actor, territory, {
    resident: await actorForSeededUser(deps, 'resident'),
    provider: await actorForSeededUser(deps, 'provider'),
    leader: await actorForSeededUser(deps, 'leader'),
  });
  // residents' portal
  await seedPortal(deps, actor);
  await seedBoundaries(deps, actor);
  // branch secretary's own branch
  await seedBranchSecretary(deps, actor);
  // indicators: Party life is bulk-loaded (not through its services), so its roll-ups are rebuilt once from the rows
  await rebuildAsActor(deps, actor, COUNTERS);
  return true;
}
