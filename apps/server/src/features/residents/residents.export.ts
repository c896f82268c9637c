import type { ExportInput } from '@jishi/shared';
import type { Readable } from 'node:stream';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { authorize, can } from '../../platform/authorize.ts';
import { streamSheet } from '../../platform/xlsx.ts';
import { auditWho, recordAuditAlone } from '../audit/audit.service.ts';
import { flagText, genderText, headerFor } from './residents.columns.ts';
import { filterFor } from './residents.service.ts';
import { scanResidents } from './residents.repo.ts';
import type { ResidentRow } from './residents.view.ts';

/**
 * Exports the residents matching a filter as .xlsx (all cells text; formulas neutralised).
 * Full ID numbers, phones and birth dates only for holders of pi:reveal (the birth date is what the
 * ID mask hides); the export and its reason are audited first.
 */
export async function exportResidents(deps: Deps, actor: Actor, input: ExportInput): Promise<Readable> {
  authorize(actor, 'resident:export');
  const filter = await filterFor(deps, actor, input);
  const full = can(actor, 'pi:reveal');
  await recordAuditAlone(deps, auditWho(actor), {
    action: 'resident.export',
    subjectType: 'resident',
    orgPath: actor.scope.paths[0],
    changes: {
      filter: { gridId: input.gridId ?? null, flag: input.flag ?? null, searched: Boolean(input.q) },
      personalData: full,
    },
    reason: input.reason,
  });
  const cell = (r: ResidentRow): string[] => [
    r.name,
    genderText(r.gender),
    (full && r.birth_date) || '',
    r.grid_name,
    r.address,
    (full && r.id_no_enc ? deps.cipher.decrypt('id_no', r.id_no_enc) : r.id_no_mask) ?? '',
    (full && r.phone_enc ? deps.cipher.decrypt('phone', r.phone_enc) : r.phone_mask) ?? '',
    flagText(r.is_needy),
    flagText(r.is_elderly),
    flagText(r.is_disabled),
  ];
  async function* rows() {
    for await (const batch of scanResidents(deps.db, actor.scope, filter)) yield batch.map(cell);
  }
  return streamSheet(actor.lang === 'en' ? 'Residents' : '居民', headerFor(actor.lang), rows());
}
