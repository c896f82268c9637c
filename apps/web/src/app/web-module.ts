import type { ComponentType } from 'react';
import type { MenuEntry, ModuleManifest } from '@jishi/shared/modules/manifest';
import type { Permission } from '@jishi/shared/permissions';
import { MODULE_NAMES, type ModuleName } from '../lib/i18n/module-bundles.ts';

/** Loads a page's chunk: `() => import('./x-page.tsx').then((m) => m.XPage)`. Nothing loads until it is shown. */
export type PageLoader = () => Promise<ComponentType>;

/**
 * A page inside the staff console (layout, menu, permission guard). `menu` names one of the module's own menu
 * entries: the route's path defaults to the entry's path and the permission it needs is always the entry's, so a
 * path is mapped to a permission once, in the manifest. A detail page gives its own path below the entry's
 * (`/hall/matters/:id` under `hall`).
 */
export interface ConsoleRoute {
  menu: string;
  path?: string;
  page: PageLoader;
  /** Opened by a phone that starts offline (the PWA's start page), from the offline shell. */
  offline?: boolean;
}

/** A page inside the residents' portal frame (`/portal/...`); `signedIn` asks for a resident's session. */
export interface PortalRoute {
  /** Absolute (`/portal/requests`); defaults to the menu entry's path. */
  path?: string;
  /** The staff menu entry that leads here, if any. */
  menu?: string;
  page: PageLoader;
  signedIn?: boolean;
  /** Strings besides the module's own (the portal frame's always load). */
  strings?: readonly ModuleName[];
}

/** A page without the console's chrome: public (no session) or, with `staffSession`, a signed-in staff page. */
export type PublicRoute =
  | {
      path?: string;
      menu?: string;
      page: PageLoader;
      staffSession?: boolean;
      strings?: readonly ModuleName[];
    }
  | { path: string; redirect: string };

/** A module's web entry: its pages by kind and the string namespaces they load (see ../app/modules.ts). */
export interface WebModule {
  manifest: ModuleManifest;
  strings: readonly ModuleName[];
  console: readonly ConsoleRoute[];
  portal: readonly PortalRoute[];
  public: readonly PublicRoute[];
}

/** A module's strings default to its manifest's namespace (none for the core bundle). */
export function defineWebModule(manifest: ModuleManifest, entry: Partial<Omit<WebModule, 'manifest'>>): WebModule {
  const own = MODULE_NAMES.find((n) => n === manifest.strings);
  return { manifest, strings: own ? [own] : [], console: [], portal: [], public: [], ...entry };
}

/** The manifest's menu entry a route names; a key the module does not own is a programming error. */
export function menuEntry(module: WebModule, key: string): MenuEntry {
  const entry = module.manifest.menu.find((e) => e.key === key);
  if (entry === undefined) throw new Error(`module ${module.manifest.id} has no menu entry '${key}'`);
  return entry;
}

/** What the console's layout reads from the matched route: the permission the page needs (null: any session). */
export interface RouteHandle {
  permission: Permission | null;
}
