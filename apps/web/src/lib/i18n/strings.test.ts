import { describe, expect, it } from 'vitest';
import { MESSAGE_KINDS, MODULES } from '@jishi/shared';
import { LANGS } from './lang.ts';
import { fetchBundle, MODULE_NAMES, type Bundle } from './module-bundles.ts';
import { en } from './en.ts';
import { zhCN } from './zh-CN.ts';

/** Every key path of a string table ("nav.home", "grid.case.title", …). */
function keys(bundle: Bundle, prefix = ''): string[] {
  return Object.entries(bundle).flatMap(([k, v]) =>
    v !== null && typeof v === 'object' ? keys(v as Bundle, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe('string tables', () => {
  it('the core bundle has the same keys in Chinese and English', () => {
    expect(keys(en).sort()).toEqual(keys(zhCN).sort());
  });
  it.each(MODULE_NAMES)('the %s bundle has the same keys in every language', async (name) => {
    const [first, ...rest] = await Promise.all(LANGS.map((lang) => fetchBundle(name, lang)));
    for (const other of rest) expect(keys(other).sort()).toEqual(keys(first).sort());
  });
  it('every to-do kind of the manifests and every message kind has its label', () => {
    const labels = keys(zhCN);
    const todoKinds = MODULES.flatMap((m) => m.todos.map((k) => `todo.kind.${k.kind}`));
    const messageKinds = MESSAGE_KINDS.map((k) => `messageKind.${k.kind}`);
    expect([...todoKinds, ...messageKinds].filter((k) => !labels.includes(k))).toEqual([]);
  });
});
