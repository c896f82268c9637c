import { defineModule } from './manifest.ts';

export const providersModule = defineModule({
  id: 'providers',
  strings: 'services',
  permissions: ['provider:orders'],
  grants: {
    provider: ['provider:orders'],
  },
  menu: [
    {
      key: 'orders',
      path: '/provider/orders',
      labelKey: 'nav.orders',
      permission: 'provider:orders',
      group: 'services',
    },
  ],
});
