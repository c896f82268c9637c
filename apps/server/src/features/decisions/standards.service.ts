import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { authorize } from '../../platform/authorize.ts';
import { ensureCatalog } from './catalog.service.ts';
import { createTemplate } from './templates.service.ts';
import { findActive } from './templates.repo.ts';
import { STANDARD_MEETING_TYPES, STANDARD_SUPERVISION_ROLES, STANDARD_TEMPLATES } from './templates.standard.ts';

/**
 * Sets a subdistrict up with the standard procedures (四议两公开, 一征三议两公开), meeting types and
 * supervision roles. Idempotent, independent of migrations: the demo seed and the tests call it.
 * Returns the active template id per code.
 */
export async function installStandardProcedures(
  deps: Deps,
  actor: Actor,
  subdistrictId: string,
): Promise<Record<string, string>> {
  authorize(actor, 'decision:template');
  const ids: Record<string, string> = {};
  for (const t of STANDARD_TEMPLATES) {
    const existing = await findActive(deps.db, subdistrictId, t.code);
    ids[t.code] = existing ? existing.id : (await createTemplate(deps, actor, { ...t, ownerUnitId: subdistrictId })).id;
  }
  await ensureCatalog(deps, actor, subdistrictId, 'meeting_type', STANDARD_MEETING_TYPES);
  await ensureCatalog(deps, actor, subdistrictId, 'supervision_role', STANDARD_SUPERVISION_ROLES);
  return ids;
}
