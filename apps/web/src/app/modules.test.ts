import { describe, expect, it } from 'vitest';
import { defineModule, MODULES } from '@jishi/shared';
import { WEB_MODULES } from './modules.ts';
import { routeTable } from './route-table.ts';
import { defineWebModule } from './web-module.ts';
import { MODULE_NAMES } from '../lib/i18n/module-bundles.ts';

/** Every file under features/ (paths only: the glob is lazy, nothing is imported). */
const featureFiles = Object.keys(import.meta.glob('../features/*/*'));
const { pages, redirects } = routeTable(WEB_MODULES);
const noPage = () => Promise.resolve(() => null);

describe('web module registry', () => {
  it("loads each module's own string namespace, named in its manifest", () => {
    for (const m of MODULES) if (m.strings !== null) expect(MODULE_NAMES, m.id).toContain(m.strings);
    for (const w of WEB_MODULES)
      if (w.manifest.strings !== null) expect(w.strings, w.manifest.id).toContain(w.manifest.strings);
  });

  it('routes every manifest menu entry to a page of its own module, with the same permission', () => {
    for (const m of MODULES)
      for (const entry of m.menu) {
        const routes = pages.filter((r) => r.menu === entry.key && r.path === entry.path);
        expect(
          routes.map((r) => r.module),
          `${m.id}: menu entry ${entry.key}`,
        ).toEqual([m.id]);
        expect(routes[0]?.permission, `${m.id}: ${entry.path}`).toBe(entry.permission);
      }
  });

  it('gives every console page the permission of the menu entry it sits at or below', () => {
    const entries = new Map(MODULES.flatMap((m) => m.menu.map((e) => [`${m.id}/${e.key}`, e] as const)));
    const consolePages = pages.filter((r) => r.kind === 'console');
    expect(consolePages.length).toBeGreaterThan(30);
    for (const r of consolePages) {
      const entry = entries.get(`${r.module}/${r.menu}`);
      expect(entry, `${r.path} names ${r.menu}`).toBeDefined();
      expect(r.permission).toBe(entry?.permission);
      expect(r.path === entry?.path || r.path.startsWith(`${entry?.path}/`) || entry?.path === '/').toBe(true);
    }
  });

  it('refuses a console page outside its menu entry or under another module’s entry', () => {
    const manifest = defineModule({
      id: 'example',
      permissions: ['example:read'],
      grants: {},
      menu: [{ key: 'example', path: '/example', labelKey: 'nav.example', permission: 'example:read', group: 'data' }],
    });
    const outside = defineWebModule(manifest, { console: [{ menu: 'example', path: '/elsewhere', page: noPage }] });
    expect(() => routeTable([outside])).toThrow(/not below its menu entry/);
    const foreign = defineWebModule(manifest, { console: [{ menu: 'hall', page: noPage }] });
    expect(() => routeTable([foreign])).toThrow(/no menu entry 'hall'/);
  });

  it('has one page or redirect per address', () => {
    const paths = [...pages.map((r) => r.path), ...redirects.map((r) => r.path)];
    expect(paths.filter((p, i) => paths.indexOf(p) !== i)).toEqual([]);
  });

  it('names every feature folder after a module and keeps each entry in features/<id>/<id>.module.ts', () => {
    const ids = new Set<string>(MODULES.map((m) => m.id));
    const folders = new Set(featureFiles.map((f) => f.split('/')[2] ?? ''));
    expect([...folders].filter((name) => !ids.has(name))).toEqual([]);
    for (const m of WEB_MODULES)
      expect(featureFiles).toContain(`../features/${m.manifest.id}/${m.manifest.id}.module.ts`);
    expect(new Set(WEB_MODULES.map((m) => m.manifest.id)).size).toBe(WEB_MODULES.length);
  });
});
