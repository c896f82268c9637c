import type { Role } from '../roles.ts';

/**
 * A module's manifest: data only, read by the server (routes, seed, figures) and the web app (menu, pages,
 * strings). The id is the module's name in every layer: `apps/server/src/features/<id>`,
 * `apps/web/src/features/<id>` and the string namespace.
 */
export interface ModuleManifest<P extends string = string> {
  id: string;
  /** The permissions this module defines (and checks). */
  permissions: readonly P[];
  /** Which role holds which of this module's permissions: this module's column of the role table. */
  grants: Partial<Record<Role, readonly P[]>>;
  /** The staff console's menu entries this module contributes. */
  menu: readonly MenuEntry[];
  /** Codes of the counters and indicators this module defines and recounts (its server `<id>.indicators.ts`). */
  figures: { counters: readonly string[]; indicators: readonly string[] };
  /**
   * The web string namespace (i18next bundle) holding this module's UI strings: named like the module, or like the
   * menu group whose modules share one bundle (`members`, `services`); null for the core bundle loaded at start.
   */
  strings: string | null;
  /**
   * The kinds of work (待办) this module creates for people (its server `<id>.todos.ts` derives them from its records;
   * docs/ARCHITECTURE.md "To-do"). Each kind's count is shown beside the menu entry `menu` (any module's key).
   */
  todos: readonly TodoKindDecl[];
}

/** A kind of to-do item a module declares: `<module>.<what>`, labelled by the core string `todo.kind.<kind>`. */
export interface TodoKindDecl {
  kind: string;
  /** The menu entry (key) whose badge counts this kind's open items. */
  menu: string;
  /** How the item comes and goes: with the work that creates it (`event`) or by a scheduled job (`scheduled`). */
  source: 'event' | 'scheduled';
}

/** Product groups of the staff menu, following the article's structure. */
export const MENU_GROUPS = [
  'home',
  'services',
  'organisation',
  'grid',
  'deliberation',
  'members',
  'data',
  'system',
  'mine',
] as const;
export type MenuGroup = (typeof MENU_GROUPS)[number];

export interface MenuEntry {
  key: string;
  path: string;
  /** i18n key of the label. */
  labelKey: string;
  /** The permission that shows the entry (any module's; checked by the manifest test), or null for every user. */
  permission: string | null;
  group: MenuGroup;
}

const NO_FIGURES = { counters: [], indicators: [] } as const;

/** Keeps the permission codes literal, so the Permission type is derived from the manifests. */
export function defineModule<const P extends string>(
  manifest: Omit<ModuleManifest<P>, 'figures' | 'menu' | 'strings' | 'todos'> &
    Partial<Pick<ModuleManifest<P>, 'figures' | 'menu' | 'strings' | 'todos'>>,
): ModuleManifest<P> {
  return { menu: [], figures: NO_FIGURES, strings: null, todos: [], ...manifest };
}
