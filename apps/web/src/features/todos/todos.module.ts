import { todosModule } from '@jishi/shared/modules/todos';
import { defineWebModule } from '../../app/web-module.ts';

/** The to-do centre's page: the console's home (manifest: packages/shared/src/modules/todos.ts). */
export const todosWeb = defineWebModule(todosModule, {
  console: [{ menu: 'home', page: () => import('./home-page.tsx').then((m) => m.HomePage) }],
});
