import type { Deps } from '../../deps.ts';
import { AppError } from '../../platform/errors.ts';
import { averageOf } from './matters.view.ts';
import { ratingSummary } from './matters.repo.ts';
import { publicUnit, unitsOfKinds } from '../territory/territory.service.ts';
import * as repo from './board.repo.ts';
import { today } from '../../platform/local-date.ts';

/**
 * The public board (公示栏) of a community or village: no sign-in, published notices only
 * (their first day has come), and nothing but the matter's title, the notice text and its dates.
 */
export async function listBoards(deps: Deps) {
  const units = await unitsOfKinds(deps.db, ['community', 'village']);
  return { items: units.map((u) => ({ id: u.id, name: u.name, kind: u.kind })) };
}

export async function boardNotices(
  deps: Deps,
  unitId: string,
  query: { page: number; pageSize: number; current?: 'true' | 'false' },
) {
  const unit = await publicUnit(deps.db, unitId, ['community', 'village'], false);
  if (!unit) throw new AppError('NOT_FOUND');
  const asOf = today(deps.clock);
  const { rows, total } = await repo.publishedNotices(
    deps.db,
    unit.id,
    asOf,
    query.current === 'true',
    query.page,
    query.pageSize,
  );
  const results = rows.filter((r) => r.body === 'result_notice').map((r) => r.matter_id);
  const ratings = new Map(
    (await ratingSummary(deps.db, results)).map((r) => [r.matter_id, { count: Number(r.n), total: Number(r.total) }]),
  );
  const items = rows.map((r) => {
    const rating = ratings.get(r.matter_id) ?? { count: 0, total: 0 };
    return {
      id: r.id,
      matterId: r.matter_id,
      unitId: unit.id,
      unitName: unit.name,
      kind: r.body === 'result_notice' ? ('result' as const) : ('resolution' as const),
      title: r.title,
      content: r.notice_content ?? '',
      noticeFrom: r.notice_from as string,
      noticeUntil: r.notice_until as string,
      current: (r.notice_until as string) >= asOf,
      rating:
        r.body === 'result_notice' ? { count: rating.count, average: averageOf(rating.total, rating.count) } : null,
    };
  });
  return { items, total, page: query.page, pageSize: query.pageSize };
}
