import { defineModule } from './manifest.ts';

/** The to-do centre (待办): every signed-in user reads their own items ('authenticated' routes); no permission. */
export const todosModule = defineModule({
  id: 'todos',
  permissions: [],
  grants: {},
});
