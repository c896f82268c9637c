import { CASE_ACTIONS, type CaseListQuery, type CaseStatus, type TimeLimits, type Warning } from '@jishi/shared';
import type { Conn } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { assertInScope, authorize, can } from '../../platform/authorize.ts';
import { requireUnit, unitsOfKinds } from '../territory/territory.service.ts';
import { readAttachment } from '../../platform/files/attachments.ts';
import { aboveGrid, assignRefusal, handlesAt } from './cases.policy.ts';
import { gridPeople } from './posts.service.ts';
import { canRecordSession, legalActions, statusesIn } from './cases.workflow.ts';
import { limitBands, warningRanges, type LimitBand } from './cases.limits.ts';
import { subdistrictIdOf } from '../../platform/org-scope.ts';
import { settingsFor } from './settings.service.ts';
import { caseListItemView, eventView, locationOf, partyView, photoView, sessionView, timerOf } from './cases.view.ts';
import * as repo from './cases.repo.ts';
import { nowIsoOf } from '../../platform/clock.ts';

/** A case in the actor's scope; otherwise 404 (a grid worker never sees another grid's cases). */
export async function requireCase(db: Conn, actor: Actor, id: string): Promise<repo.CaseRow> {
  const c = await repo.findCase(db, id);
  assertInScope(actor, c?.grid_path);
  return c as repo.CaseRow;
}

/** Time limits per subdistrict, loaded once per call for the cases at hand. */
export async function limitsLoader(db: Conn) {
  const cache = new Map<string, TimeLimits>();
  return async (gridPath: string): Promise<TimeLimits> => {
    const id = subdistrictIdOf(gridPath);
    if (!cache.has(id)) cache.set(id, (await settingsFor(db, id)).timeLimits);
    return cache.get(id) as TimeLimits;
  };
}

/** Cases with their running timers, as of now. */
export async function withTimers(db: Conn, rows: repo.CaseRow[], now: string) {
  const limitsOf = await limitsLoader(db);
  const out = [];
  for (const c of rows) out.push({ row: c, timer: timerOf(c, await limitsOf(c.grid_path), now) });
  return out;
}

/**
 * The warning filters as of `now`, in SQL: for every subdistrict the scope reaches, each of its limit bands
 * with the start range the pure rules give for a warning (so counts and pages are exact). The settings are
 * read once; each warning's filter is then derived from them.
 */
async function warningFilters(
  db: Conn,
  scope: Actor['scope'],
  now: string,
  subdistrictIds?: string[],
): Promise<(warning: Warning) => repo.WarningFilter> {
  let ids = new Set(scope.paths.map(subdistrictIdOf).filter((id) => id !== ''));
  for (const u of await unitsOfKinds(db, ['subdistrict'], { scope, ended: true })) ids.add(u.id);
  if (subdistrictIds) ids = new Set(subdistrictIds.filter((id) => ids.has(id)));
  const limits: { id: string; band: LimitBand }[] = [];
  for (const id of ids) {
    const { timeLimits } = await settingsFor(db, id);
    for (const band of limitBands(timeLimits)) limits.push({ id, band });
  }
  return (warning) => ({
    bands: limits.map(({ id, band: b }) => ({
      pathPrefix: `/${id}/`,
      level: b.level,
      statuses: statusesIn(b.stage),
      only: b.only,
      except: b.except,
      start: warningRanges(b.hours, now)[warning],
    })),
    closed: warning === 'none',
  });
}

export async function listCases(deps: Deps, actor: Actor, query: CaseListQuery, now = nowIsoOf(deps.clock)) {
  authorize(actor, 'grid:read');
  const unitPath = query.unitId ? (await requireUnit(deps.db, actor, query.unitId)).path : undefined;
  const warning = query.warning ? (await warningFilters(deps.db, actor.scope, now))(query.warning) : undefined;
  const { rows, total } = await repo.casesPage(
    deps.db,
    actor.scope,
    { unitPath, status: query.status, level: query.level, category: query.category, warning },
    query.page,
    query.pageSize,
  );
  const timed = await withTimers(deps.db, rows, now);
  return {
    items: timed.map((x) => caseListItemView(x.row, x.timer)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/**
 * The open cases of the scope (optionally of some subdistricts) that may have to escalate by themselves, read with
 * indexed SQL instead of every open case: those red in their accept or handle stage below the top level, and the
 * high-risk ones still at grid level in those stages. The caller decides each with the pure `shouldAutoEscalate`.
 */
export async function autoEscalationCandidates(
  db: Conn,
  scope: Actor['scope'],
  now: string,
  subdistrictIds?: string[],
): Promise<repo.CaseRow[]> {
  const red = (await warningFilters(db, scope, now, subdistrictIds))('red');
  const escalating: CaseStatus[] = [...statusesIn('accept'), ...statusesIn('handle')];
  const bands = red.bands.filter((b) => b.level !== 'subdistrict' && b.statuses.every((s) => escalating.includes(s)));
  const unitPaths = subdistrictIds?.map((id) => `/${id}/`) ?? [undefined];
  const out = new Map<string, repo.CaseRow>();
  for (const unitPath of unitPaths) {
    const overdue = await repo.casesWhere(db, scope, { unitPath, warning: { bands, closed: false } });
    const highRisk = await repo.casesWhere(db, scope, { unitPath, level: 'grid', risk: 'high', statuses: escalating });
    for (const c of [...overdue, ...highRisk]) out.set(c.id, c);
  }
  return [...out.values()];
}

/** The people of the case's grid, each with why the actor may not assign the case to them (null: they may). */
export async function assignCandidates(deps: Deps, actor: Actor, c: repo.CaseRow) {
  const people = await gridPeople(deps, { id: c.grid_id, path: c.grid_path }, actor.userId);
  const who = {
    actorId: actor.userId,
    aboveGrid: aboveGrid(actor.scope.paths, c.grid_path),
    leadsGrid: people.some((p) => p.id === actor.userId && p.posts.includes('leader')),
  };
  return people.map((p) => ({
    ...p,
    refusal: assignRefusal(who, { id: p.id, holdsPost: p.posts.length > 0, coversGrid: p.coversGrid }),
  }));
}

/** How many cases of the scope (optionally under a unit path) show the warning now: the list's own SQL filter, counted (dashboards). */
export async function countWarning(
  deps: Deps,
  actor: Actor,
  warning: Warning,
  unitPath?: string,
  now = nowIsoOf(deps.clock),
): Promise<number> {
  return repo.countCases(deps.db, actor.scope, {
    unitPath,
    warning: (await warningFilters(deps.db, actor.scope, now))(warning),
  });
}

/** Red and yellow together, in one pass over the open cases (the dashboard's two warning figures). */
export async function countRedAndYellow(
  deps: Deps,
  actor: Actor,
  unitPath?: string,
  now = nowIsoOf(deps.clock),
): Promise<{ red: number; yellow: number }> {
  const filterFor = await warningFilters(deps.db, actor.scope, now);
  return repo.countRedAndYellow(deps.db, actor.scope, unitPath, filterFor('red'), filterFor('yellow'));
}

export async function caseView(deps: Deps, actor: Actor, c: repo.CaseRow) {
  const [[timed], parties, events, sessions, photos] = await Promise.all([
    withTimers(deps.db, [c], nowIsoOf(deps.clock)),
    repo.partiesOf(deps.db, c.id),
    repo.eventsOf(deps.db, c.id),
    repo.sessionsOf(deps.db, c.id),
    repo.photosOf(deps.db, c.id),
  ]);
  const handles = can(actor, 'grid:case') && handlesAt(actor.scope.paths, c.grid_path, c.level);
  const actions = handles ? legalActions(c.status, c.level, CASE_ACTIONS) : [];
  const assignees = actions.includes('assign')
    ? (await assignCandidates(deps, actor, c)).filter((p) => p.refusal === null)
    : [];
  return {
    ...caseListItemView(c, timed.timer),
    source: c.source,
    description: c.description,
    reportItemId: c.report_item_id,
    assigneeId: c.assignee_id,
    assigneeName: c.assignee_name,
    location: locationOf(c),
    resolvedLevel: c.resolved_level,
    parties: parties.map(partyView),
    photos: photos.map(photoView),
    sessions: sessions.map(sessionView),
    events: events.map(eventView),
    abilities: {
      actions,
      session: handles && canRecordSession(c.status),
      assignees: assignees.map((p) => ({ id: p.id, name: p.name, unitName: p.unitName, posts: p.posts })),
    },
  };
}

export async function getCase(deps: Deps, actor: Actor, id: string) {
  authorize(actor, 'grid:read');
  return caseView(deps, actor, await requireCase(deps.db, actor, id));
}

export async function getPhoto(deps: Deps, actor: Actor, id: string, photoId: string) {
  authorize(actor, 'grid:read');
  await requireCase(deps.db, actor, id);
  return readAttachment(deps.files, await repo.findPhoto(deps.db, id, photoId));
}
