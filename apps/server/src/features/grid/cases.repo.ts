import type { CaseLevel, CaseStatus, DisputeCategory, RiskLevel } from '@jishi/shared';
import { sql, type ExpressionBuilder, type SelectQueryBuilder } from 'kysely';
import type { Conn } from '../../db/schema.ts';
import type { OrgScope } from '../../platform/org-scope.ts';
import type { StoredFile } from '../../platform/files/attachments.ts';
import { pathInScope } from '../../db/scope-sql.ts';
import type { StartRange } from './cases.limits.ts';
import type {
  DisputeCaseTable,
  DisputeEventTable,
  DisputePartyTable,
  DisputePhotoTable,
  MediationSessionTable,
} from './grid.table.ts';

const base = (db: Conn) =>
  db
    .selectFrom('dispute_cases as c')
    .innerJoin('org_units as g', 'g.id', 'c.grid_id')
    .leftJoin('users as a', 'a.id', 'c.assignee_id')
    .selectAll('c')
    .select(['g.name as grid_name', 'g.path as grid_path', 'a.display_name as assignee_name']);
export type CaseRow = Awaited<ReturnType<ReturnType<typeof base>['executeTakeFirstOrThrow']>>;

/**
 * A time-limit warning as SQL over stored columns: a case matches when, for one band (subdistrict path,
 * level, the statuses of a stage, categories), its stage start lies in the band's range. The ranges come
 * from the pure rules (`warningRanges` in cases.limits.ts); closed cases have no stage and count as 'none'.
 */
export interface WarningBand {
  pathPrefix: string;
  level: CaseLevel;
  statuses: CaseStatus[];
  only?: DisputeCategory[];
  except?: DisputeCategory[];
  start: StartRange;
}
export interface WarningFilter {
  bands: WarningBand[];
  closed: boolean;
}

export interface CaseFilter {
  unitPath?: string;
  status?: CaseStatus;
  level?: CaseLevel;
  category?: DisputeCategory;
  risk?: RiskLevel;
  statuses?: CaseStatus[];
  open?: boolean;
  from?: string;
  to?: string;
  warning?: WarningFilter;
}

type BuilderOf<Q> = Q extends SelectQueryBuilder<infer DB, infer TB, infer _O> ? ExpressionBuilder<DB, TB> : never;
type Where = BuilderOf<ReturnType<typeof base>>;
function bandMatches(eb: Where, b: WarningBand) {
  const parts = [
    eb('g.path', 'like', `${b.pathPrefix}%`),
    eb('c.level', '=', b.level),
    eb('c.status', 'in', b.statuses),
  ];
  if (b.only) parts.push(eb('c.category', 'in', b.only));
  if (b.except && b.except.length > 0) parts.push(eb('c.category', 'not in', b.except));
  if (b.start.lt !== undefined) parts.push(eb('c.stage_started_at', '<', b.start.lt));
  if (b.start.lte !== undefined) parts.push(eb('c.stage_started_at', '<=', b.start.lte));
  if (b.start.gt !== undefined) parts.push(eb('c.stage_started_at', '>', b.start.gt));
  if (b.start.gte !== undefined) parts.push(eb('c.stage_started_at', '>=', b.start.gte));
  return eb.and(parts);
}

function filtered(db: Conn, scope: OrgScope, f: CaseFilter) {
  let q = base(db).where(pathInScope('g.path', scope));
  if (f.unitPath) q = q.where('g.path', 'like', `${f.unitPath}%`);
  if (f.status) q = q.where('c.status', '=', f.status);
  if (f.level) q = q.where('c.level', '=', f.level);
  if (f.category) q = q.where('c.category', '=', f.category);
  if (f.risk) q = q.where('c.risk', '=', f.risk);
  if (f.statuses) q = q.where(anyStatus, 'in', f.statuses.length > 0 ? f.statuses : ['-']);
  if (f.open) q = q.where('c.status', '!=', 'closed');
  if (f.from) q = q.where('c.registered_at', '>=', f.from);
  if (f.to) q = q.where('c.registered_at', '<', f.to);
  const w = f.warning;
  if (w) q = q.where(anyStatus, 'in', statusesOf([w])).where((eb) => warningMatches(eb, w));
  return q;
}

/** A case shows the warning: closed (for 'none') or inside one of its bands. */
const warningMatches = (eb: Where, w: WarningFilter) =>
  eb.or([...(w.closed ? [eb('c.status', '=', 'closed')] : []), ...w.bands.map((b) => bandMatches(eb, b))]);

/**
 * Every branch of these warnings requires one of these statuses: said once more outside the OR, the status index
 * serves the count. Never empty (a status no case has stands in), so the IN list is always valid SQL.
 */
/** The status compared as text: the list carries a sentinel that is no status. */
const anyStatus = sql.ref<string>('c.status');
const statusesOf = (ws: WarningFilter[]) => [
  ...new Set([...ws.flatMap((w) => [...w.bands.flatMap((b) => b.statuses), ...(w.closed ? ['closed'] : [])]), '-']),
];

/** Red and yellow counted in one pass over the matching cases (dashboards). */
export async function countRedAndYellow(
  db: Conn,
  scope: OrgScope,
  unitPath: string | undefined,
  red: WarningFilter,
  yellow: WarningFilter,
) {
  const row = await filtered(db, scope, { unitPath })
    .where(anyStatus, 'in', statusesOf([red, yellow]))
    .clearSelect()
    .select((eb) => [
      eb.fn.sum<number>(eb.case().when(warningMatches(eb, red)).then(1).else(0).end()).as('red'),
      eb.fn.sum<number>(eb.case().when(warningMatches(eb, yellow)).then(1).else(0).end()).as('yellow'),
    ])
    .executeTakeFirstOrThrow();
  return { red: Number(row.red ?? 0), yellow: Number(row.yellow ?? 0) };
}

export const findCase = (db: Conn, id: string) => base(db).where('c.id', '=', id).executeTakeFirst();
export const findByKey = (db: Conn, key: string) => base(db).where('c.idempotency_key', '=', key).executeTakeFirst();
/** Every matching case (sweeps and dashboards). */
export const casesWhere = (db: Conn, scope: OrgScope, f: CaseFilter) =>
  filtered(db, scope, f).orderBy('c.registered_at', 'desc').orderBy('c.id', 'desc').execute();

/** Where a case is counted in the case mix: its grid, registration day and current category/level/status/resolution. */
export interface MixPlace {
  grid_id: string;
  day: string;
  category: DisputeCategory;
  level: CaseLevel;
  status: CaseStatus;
  resolved_level: CaseLevel | null;
}

/** Adds `delta` to a case's cell of the case mix (inside the case's transaction). */
export const bumpMix = (db: Conn, p: MixPlace, delta: number) =>
  db
    .insertInto('grid_case_mix')
    .values({ ...p, resolved_level: p.resolved_level ?? '', n: delta })
    .onConflict((oc) =>
      oc
        .columns(['grid_id', 'day', 'category', 'level', 'status', 'resolved_level'])
        .doUpdateSet({ n: sql<number>`grid_case_mix.n + ${delta}` }),
    )
    .execute();

/** Cases registered on the days [from, to] (Asia/Shanghai) under a unit, counted per category, level, status and resolution level. */
export async function caseMix(db: Conn, scope: OrgScope, unitPath: string | undefined, from: string, to: string) {
  let q = db
    .selectFrom('grid_case_mix as m')
    .innerJoin('org_units as g', 'g.id', 'm.grid_id')
    .where(pathInScope('g.path', scope))
    .where('m.day', '>=', from)
    .where('m.day', '<=', to);
  if (unitPath) q = q.where('g.path', 'like', `${unitPath}%`);
  const rows = await q
    .select(['m.category', 'm.level', 'm.status', 'm.resolved_level', (eb) => eb.fn.sum<number>('m.n').as('n')])
    .groupBy(['m.category', 'm.level', 'm.status', 'm.resolved_level'])
    .execute();
  return rows
    .map((r) => ({
      category: r.category,
      level: r.level,
      status: r.status,
      resolvedLevel: r.resolved_level || null,
      n: Number(r.n),
    }))
    .filter((r) => r.n !== 0);
}

/** The same counts straight from the case rows (the truth the case mix must equal). */
export async function caseMixRecount(db: Conn, scope: OrgScope, f: CaseFilter) {
  const rows = await filtered(db, scope, f)
    .clearSelect()
    .select(['c.category', 'c.level', 'c.status', 'c.resolved_level', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy(['c.category', 'c.level', 'c.status', 'c.resolved_level'])
    .execute();
  return rows.map((r) => ({
    category: r.category,
    level: r.level,
    status: r.status,
    resolvedLevel: r.resolved_level,
    n: Number(r.n),
  }));
}

/** One page of matching cases, newest first, and how many match in all. */
export async function casesPage(
  db: Conn,
  scope: OrgScope,
  f: CaseFilter,
  page: number,
  pageSize: number,
): Promise<{ rows: CaseRow[]; total: number }> {
  const [total, rows] = await Promise.all([
    countCases(db, scope, f),
    filtered(db, scope, f)
      .orderBy('c.registered_at', 'desc')
      .orderBy('c.id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
  ]);
  return { rows, total };
}

export async function countCases(db: Conn, scope: OrgScope, f: CaseFilter): Promise<number> {
  const row = await filtered(db, scope, f)
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export const lockCase = (db: Conn, id: string, forUpdate: boolean) => {
  let q = db.selectFrom('dispute_cases').selectAll().where('id', '=', id);
  if (forUpdate) q = q.forUpdate();
  return q.executeTakeFirstOrThrow();
};
export const insertCase = (db: Conn, row: DisputeCaseTable) => db.insertInto('dispute_cases').values(row).execute();
export const updateCase = (db: Conn, id: string, patch: Partial<DisputeCaseTable>) =>
  db.updateTable('dispute_cases').set(patch).where('id', '=', id).execute();
export async function insertParties(db: Conn, rows: DisputePartyTable[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('dispute_parties').values(rows).execute();
}
export const insertEvent = (db: Conn, row: DisputeEventTable) => db.insertInto('dispute_events').values(row).execute();
export const insertSession = (db: Conn, row: MediationSessionTable) =>
  db.insertInto('mediation_sessions').values(row).execute();
/** A case photo: the stored file (platform/files/attachments.ts) under the canonical column names. */
export const insertPhoto = (
  db: Conn,
  caseId: string,
  file: StoredFile,
  row: Omit<DisputePhotoTable, 'case_id' | 'storage_key' | 'content_type' | 'bytes'>,
) =>
  db
    .insertInto('dispute_photos')
    .values({ ...row, case_id: caseId, storage_key: file.key, content_type: file.contentType, bytes: file.size })
    .execute();

export const partiesOf = (db: Conn, id: string) =>
  db.selectFrom('dispute_parties').selectAll().where('case_id', '=', id).orderBy('id').execute();
export const eventsOf = (db: Conn, id: string) =>
  db.selectFrom('dispute_events').selectAll().where('case_id', '=', id).orderBy('at').orderBy('id').execute();
export const sessionsOf = (db: Conn, id: string) =>
  db.selectFrom('mediation_sessions').selectAll().where('case_id', '=', id).orderBy('held_on').orderBy('id').execute();
export const photosOf = (db: Conn, id: string) =>
  db.selectFrom('dispute_photos').selectAll().where('case_id', '=', id).orderBy('created_at').orderBy('id').execute();
export const findPhotoByKey = (db: Conn, key: string) =>
  db.selectFrom('dispute_photos').selectAll().where('idempotency_key', '=', key).executeTakeFirst();
export const countPhotos = async (db: Conn, caseId: string) =>
  Number(
    (
      await db
        .selectFrom('dispute_photos')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('case_id', '=', caseId)
        .executeTakeFirstOrThrow()
    ).n,
  );
/** The stored file of one photo of a case. */
export const findPhoto = (db: Conn, caseId: string, id: string) =>
  db
    .selectFrom('dispute_photos')
    .select(['storage_key as key', 'content_type as contentType'])
    .where('case_id', '=', caseId)
    .where('id', '=', id)
    .executeTakeFirst();

/** Session outcomes of cases under the scope in a period (mediation success rate). */
export const sessionOutcomes = (db: Conn, scope: OrgScope, unitPath: string | undefined, from: string, to: string) => {
  let q = db
    .selectFrom('mediation_sessions as s')
    .innerJoin('dispute_cases as c', 'c.id', 's.case_id')
    .innerJoin('org_units as g', 'g.id', 'c.grid_id')
    .select(['s.outcome'])
    .where(pathInScope('g.path', scope))
    .where('s.held_on', '>=', from)
    .where('s.held_on', '<=', to);
  if (unitPath) q = q.where('g.path', 'like', `${unitPath}%`);
  return q.execute();
};
