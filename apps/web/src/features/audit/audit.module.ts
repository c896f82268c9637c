import { auditModule } from '@jishi/shared/modules/audit';
import { defineWebModule } from '../../app/web-module.ts';

/** The audit module's pages (manifest: packages/shared/src/modules/audit.ts). */
export const auditWeb = defineWebModule(auditModule, {
  console: [{ menu: 'audit', page: () => import('./audit-page.tsx').then((m) => m.AuditPage) }],
});
