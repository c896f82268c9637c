import { z } from 'zod';
import { publicBoardList, publicNoticeQuery, publicNoticeView, zId, zPaged } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { App } from '../../platform/http-types.ts';
import { boardNotices, listBoards } from './board.service.ts';

const idParams = z.object({ id: zId });

/** The public boards (公示栏): no sign-in; the response schema has no field for ID numbers, phones, attendees or votes. */
export function boardRoutes(app: App, deps: Deps): void {
  app.get(
    '/api/public/boards',
    { config: { access: 'public' }, schema: { response: { 200: publicBoardList } } },
    async () => listBoards(deps),
  );
  app.get(
    '/api/public/boards/:id/notices',
    {
      config: { access: 'public' },
      schema: { params: idParams, querystring: publicNoticeQuery, response: { 200: zPaged(publicNoticeView) } },
    },
    async (req) => boardNotices(deps, req.params.id, req.query),
  );
}
