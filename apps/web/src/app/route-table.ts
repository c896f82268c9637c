import { PERMISSIONS } from '@jishi/shared/permissions';
import type { Permission } from '@jishi/shared/permissions';
import type { ModuleName } from '../lib/i18n/module-bundles.ts';
import { menuEntry } from './web-module.ts';
import type { PageLoader, WebModule } from './web-module.ts';

/** One page of the app, flattened from the module entries (pure data: the router and the tests read it). */
export interface PageRoute {
  module: string;
  kind: 'console' | 'portal' | 'public';
  /** Absolute path. */
  path: string;
  /** The menu entry this page is (or sits under), if any. */
  menu: string | null;
  /** Console pages: the permission the page needs, the one of its menu entry (null: any session). */
  permission: Permission | null;
  /** Who must be signed in: nobody, a staff user (console and staff-only public pages) or a resident. */
  session: 'none' | 'staff' | 'resident';
  page: PageLoader;
  strings: readonly ModuleName[];
  offline: boolean;
}

export interface RedirectRoute {
  module: string;
  path: string;
  to: string;
}

function asPermission(code: string | null): Permission | null {
  if (code === null) return null;
  const known = PERMISSIONS.find((p) => p === code);
  if (known === undefined) throw new Error(`unknown permission ${code}`);
  return known;
}

const unique = (names: readonly ModuleName[]): readonly ModuleName[] => [...new Set(names)];

function consoleRoutes(m: WebModule): PageRoute[] {
  return m.console.map((r) => {
    const entry = menuEntry(m, r.menu);
    const path = r.path ?? entry.path;
    // A console page sits at or below its menu entry, so the entry leads to it and lends it its permission.
    const below = entry.path === '/' ? path === '/' : path === entry.path || path.startsWith(`${entry.path}/`);
    if (!below) throw new Error(`${m.manifest.id}: ${path} is not below its menu entry ${entry.path}`);
    const permission = asPermission(entry.permission);
    return {
      module: m.manifest.id,
      kind: 'console',
      path,
      menu: r.menu,
      permission,
      session: 'staff',
      page: r.page,
      strings: m.strings,
      offline: r.offline === true,
    };
  });
}

function portalRoutes(m: WebModule, frameStrings: readonly ModuleName[]): PageRoute[] {
  return m.portal.map((r) => {
    const entry = r.menu === undefined ? null : menuEntry(m, r.menu);
    const path = r.path ?? entry?.path;
    if (path === undefined || !(path === '/portal' || path.startsWith('/portal/')))
      throw new Error(`${m.manifest.id}: a portal page needs a path under /portal`);
    return {
      module: m.manifest.id,
      kind: 'portal',
      path,
      menu: r.menu ?? null,
      permission: asPermission(entry?.permission ?? null),
      session: r.signedIn === true ? 'resident' : 'none',
      page: r.page,
      strings: unique([...frameStrings, ...m.strings, ...(r.strings ?? [])]),
      offline: false,
    };
  });
}

function publicRoutes(m: WebModule): { pages: PageRoute[]; redirects: RedirectRoute[] } {
  const pages: PageRoute[] = [];
  const redirects: RedirectRoute[] = [];
  for (const r of m.public) {
    if ('redirect' in r) {
      redirects.push({ module: m.manifest.id, path: r.path, to: r.redirect });
      continue;
    }
    const entry = r.menu === undefined ? null : menuEntry(m, r.menu);
    const path = r.path ?? entry?.path;
    if (path === undefined) throw new Error(`${m.manifest.id}: a public page needs a path or a menu entry`);
    pages.push({
      module: m.manifest.id,
      kind: 'public',
      path,
      menu: r.menu ?? null,
      permission: asPermission(entry?.permission ?? null),
      session: r.staffSession === true ? 'staff' : 'none',
      page: r.page,
      strings: r.strings ?? m.strings,
      offline: false,
    });
  }
  return { pages, redirects };
}

/** Every page and redirect of the registry's modules; the portal frame's strings are the portal module's. */
export function routeTable(modules: readonly WebModule[]): { pages: PageRoute[]; redirects: RedirectRoute[] } {
  const frameStrings = modules.find((m) => m.manifest.id === 'portal')?.strings ?? [];
  const pages: PageRoute[] = [];
  const redirects: RedirectRoute[] = [];
  for (const m of modules) {
    const open = publicRoutes(m);
    pages.push(...consoleRoutes(m), ...portalRoutes(m, frameStrings), ...open.pages);
    redirects.push(...open.redirects);
  }
  return { pages, redirects };
}
