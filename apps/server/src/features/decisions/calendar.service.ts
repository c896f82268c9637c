import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { authorize } from '../../platform/authorize.ts';
import { requireUnit } from '../territory/territory.service.ts';
import { buildCalendar, type CalendarEvent } from '../../platform/ics.ts';
import { hallRecordsSince } from './calendar.repo.ts';
import { addDays, today } from '../../platform/local-date.ts';

/** The hall's meetings and notice periods as an iCalendar feed (staff; default window: the past year and on). */
export async function hallCalendar(
  deps: Deps,
  actor: Actor,
  unitId: string,
  query: { since?: string },
): Promise<string> {
  authorize(actor, 'decision:read');
  const unit = await requireUnit(deps.db, actor, unitId);
  const since = query.since ?? addDays(today(deps.clock), -365);
  const rows = await hallRecordsSince(deps.db, unit.path, since);
  const events: CalendarEvent[] = rows.map((r) => {
    const stamp = new Date(r.created_at);
    if (r.kind === 'notice') {
      return {
        uid: `${r.id}@jishi`,
        stamp,
        summary: `公示：${r.stage_name} · ${r.title}`,
        location: `${r.unit_name}公示栏`,
        allDay: { from: r.notice_from as string, until: r.notice_until as string },
      };
    }
    const when = r.start_time
      ? { timed: { date: r.held_on, start: r.start_time, end: r.end_time ?? undefined } }
      : { allDay: { from: r.held_on, until: r.held_on } };
    return {
      uid: `${r.id}@jishi`,
      stamp,
      summary: `${r.stage_name} · ${r.title}`,
      location: r.place ?? undefined,
      description: r.passed ? '通过' : '未通过',
      ...when,
    };
  });
  return buildCalendar(`${unit.name}议事日历`, events);
}
