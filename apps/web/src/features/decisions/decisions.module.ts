import { decisionsModule } from '@jishi/shared/modules/decisions';
import { defineWebModule } from '../../app/web-module.ts';

/** The board's pages show the power list's strings too. */
const BOARD = ['decisions', 'integrity'] as const;

/** The decisions module's pages (manifest: packages/shared/src/modules/decisions.ts). */
export const decisionsWeb = defineWebModule(decisionsModule, {
  console: [
    { menu: 'hall', page: () => import('./hall-page.tsx').then((m) => m.HallPage) },
    { menu: 'hall', path: '/hall/matters/:id', page: () => import('./matter-page.tsx').then((m) => m.MatterPage) },
    { menu: 'proposals', page: () => import('./proposals-page.tsx').then((m) => m.ProposalsPage) },
    { menu: 'templates', page: () => import('./templates-page.tsx').then((m) => m.TemplatesPage) },
    { menu: 'meetings', page: () => import('./meetings-page.tsx').then((m) => m.MeetingsPage) },
  ],
  portal: [
    {
      menu: 'portal',
      page: () => import('./resident-proposals-page.tsx').then((m) => m.ResidentProposalsPage),
      signedIn: true,
    },
  ],
  public: [
    // The public board (公示栏) needs no session; it shows the power list's strings too.
    { menu: 'board', page: () => import('./board-page.tsx').then((m) => m.BoardPage), strings: BOARD },
    { path: '/board/:unitId', page: () => import('./board-page.tsx').then((m) => m.BoardPage), strings: BOARD },
    // The printable record form: signed in, without the console's chrome.
    {
      path: '/print/matters/:id',
      page: () => import('./matter-print-page.tsx').then((m) => m.MatterPrintPage),
      staffSession: true,
    },
  ],
});
