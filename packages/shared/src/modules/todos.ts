import { defineModule } from './manifest.ts';

/**
 * The to-do centre (待办): every signed-in user reads their own items ('authenticated' routes); no permission. Its page
 * is the console's home (首页 `/`): the to-do list first, then a way to the figures (the dashboard's `/dashboard`).
 */
export const todosModule = defineModule({
  id: 'todos',
  permissions: [],
  grants: {},
  menu: [{ key: 'home', path: '/', labelKey: 'nav.home', permission: null, group: 'home' }],
});
