import { residentCreateBody, type Lang, type ResidentCreate } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { authorize } from '../../platform/authorize.ts';
import { AppError } from '../../platform/errors.ts';
import { buildWorkbook, readSheet } from '../../platform/xlsx.ts';
import { localiseIssues } from '../../platform/validation.ts';
import type { RawIssue } from '../../platform/errors.ts';
import { gridsInScope } from '../territory/territory.service.ts';
import { auditWho, recordAudit } from '../audit/audit.service.ts';
import { COLUMNS, headerFor, parseFlag, parseGender } from './residents.columns.ts';
import { insertAudited, residentRow } from './residents.service.ts';
import { registeredIdIndexes } from './residents.repo.ts';

export const MAX_IMPORT_ROWS = 5000;

const MSG = {
  grid: { zh: '网格不存在或不在您的管辖范围内', en: 'Unknown grid, or outside your scope' },
  gridAmbiguous: { zh: '网格名称不唯一，请使用网格编码', en: 'Grid name is ambiguous; use the grid code' },
  duplicateId: { zh: '身份证号已登记', en: 'ID number already registered' },
  duplicateInFile: { zh: '身份证号在文件中重复', en: 'ID number repeated in the file' },
  empty: { zh: '文件中没有数据行', en: 'The file has no data rows' },
  tooMany: { zh: `单次最多导入${MAX_IMPORT_ROWS}行`, en: `At most ${MAX_IMPORT_ROWS} rows per import` },
};
const say = (m: { zh: string; en: string }, lang: Lang) => (lang === 'en' ? m.en : m.zh);

/** Grids the actor may use, by name, code or id; a name used twice is ambiguous. */
async function gridIndex(deps: Deps, actor: Actor) {
  const grids = await gridsInScope(deps, actor);
  const byLabel = new Map<string, { id: string; path: string; count: number }>();
  for (const g of grids) {
    for (const label of new Set([g.name, g.code, g.id].filter(Boolean) as string[])) {
      byLabel.set(label, { id: g.id, path: g.path, count: (byLabel.get(label)?.count ?? 0) + 1 });
    }
  }
  return { grids, byLabel };
}

export async function importTemplate(deps: Deps, actor: Actor): Promise<Buffer> {
  authorize(actor, 'resident:import');
  const { grids } = await gridIndex(deps, actor);
  return buildWorkbook([
    { name: '居民', header: headerFor(actor.lang), rows: [], textColumns: true },
    {
      name: '网格',
      header: ['网格', '编码', '上级'],
      rows: grids.map((g) => [g.name, g.code ?? g.id, g.parent_name ?? '']),
    },
  ]);
}

/** All rows or none: any bad row returns a per-row report and nothing is written. */
export async function importResidents(deps: Deps, actor: Actor, file: Buffer): Promise<{ imported: number }> {
  authorize(actor, 'resident:import');
  authorize(actor, 'resident:write');
  const sheet = await readSheet(file, MAX_IMPORT_ROWS);
  if (!sheet || COLUMNS.some((c, i) => sheet.header[i] !== c.zh && sheet.header[i] !== c.en)) {
    throw new AppError('BAD_FILE');
  }
  const lang = actor.lang;
  if (sheet.rows.length === 0)
    throw new AppError('IMPORT_ROWS_INVALID', { rows: [{ row: 1, errors: [say(MSG.empty, lang)] }] });
  if (sheet.rows.length > MAX_IMPORT_ROWS)
    throw new AppError('IMPORT_ROWS_INVALID', { rows: [{ row: 1, errors: [say(MSG.tooMany, lang)] }] });

  const { byLabel } = await gridIndex(deps, actor);
  const idColumn = COLUMNS.findIndex((c) => c.key === 'idNumber');
  const fileIndexes = sheet.rows
    .map((r) => r.cells[idColumn]?.toUpperCase())
    .filter(Boolean)
    .map((v) => deps.cipher.blindIndex('id_no', v));
  const registered = await registeredIdIndexes(deps.db, fileIndexes);
  const seenIds = new Set<string>();
  const errors: { row: number; errors: string[] }[] = [];
  const valid: { input: ResidentCreate; gridPath: string }[] = [];
  for (const { row, cells } of sheet.rows) {
    const get = (key: string) => cells[COLUMNS.findIndex((c) => c.key === key)] ?? '';
    const rowErrors: string[] = [];
    const grid = byLabel.get(get('grid'));
    if (!grid) rowErrors.push(say(MSG.grid, lang));
    else if (grid.count > 1) rowErrors.push(say(MSG.gridAmbiguous, lang));
    const parsed = residentCreateBody.safeParse({
      name: get('name'),
      gender: parseGender(get('gender')),
      birthDate: get('birthDate') || undefined,
      gridId: grid?.id ?? '00000000-0000-7000-8000-000000000000',
      address: get('address'),
      idNumber: get('idNumber') || undefined,
      phone: get('phone') || undefined,
      isNeedy: parseFlag(get('isNeedy')),
      isElderly: parseFlag(get('isElderly')),
      isDisabled: parseFlag(get('isDisabled')),
    });
    if (!parsed.success)
      rowErrors.push(...localiseIssues(parsed.error.issues as RawIssue[], lang).map((i) => `${i.path}: ${i.message}`));
    const idNumber = parsed.success ? parsed.data.idNumber : undefined;
    if (idNumber) {
      if (seenIds.has(idNumber)) rowErrors.push(say(MSG.duplicateInFile, lang));
      else if (registered.has(deps.cipher.blindIndex('id_no', idNumber))) rowErrors.push(say(MSG.duplicateId, lang));
      seenIds.add(idNumber);
    }
    if (rowErrors.length) errors.push({ row, errors: rowErrors });
    else if (parsed.success && grid) valid.push({ input: parsed.data, gridPath: grid.path });
  }
  if (errors.length) throw new AppError('IMPORT_ROWS_INVALID', { rows: errors });

  await deps.db.transaction().execute(async (trx) => {
    for (const { input, gridPath } of valid) {
      await insertAudited(deps, trx, actor, residentRow(deps, input), gridPath, 'resident.import');
    }
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'resident.import_batch',
      subjectType: 'resident',
      orgPath: actor.scope.paths[0],
      changes: { rows: valid.length },
    });
  });
  return { imported: valid.length };
}
