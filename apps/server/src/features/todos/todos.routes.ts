import { todoCountsView, todoListQuery, todoListView } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import { actorOf, type App } from '../../platform/http-types.ts';
import { listTodos, todoCounts } from './todos.service.ts';

/** The signed-in user's own to-do items: every signed-in user, each seeing only what is addressed to them. */
export function todosRoutes(app: App, deps: Deps): void {
  const own = { access: 'authenticated' } as const;
  app.get(
    '/api/todos',
    { config: own, schema: { querystring: todoListQuery, response: { 200: todoListView } } },
    async (req) => listTodos(deps, actorOf(req), req.query),
  );
  app.get('/api/todos/counts', { config: own, schema: { response: { 200: todoCountsView } } }, async (req) =>
    todoCounts(deps, actorOf(req)),
  );
}
