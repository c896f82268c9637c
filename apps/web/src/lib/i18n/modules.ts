import { i18n } from './instance.ts';
import type { Lang } from './lang.ts';
import { fetchBundle } from './module-bundles.ts';
import type { ModuleName } from './module-bundles.ts';

/** One promise per module and language, kept so Suspense sees a stable thenable. */
const pending = new Map<string, Promise<void>>();
/** Modules some page has asked for: a language switch loads them before it takes effect. */
const wanted = new Set<ModuleName>();

export function isModuleLoaded(name: ModuleName, lang: Lang): boolean {
  return i18n.hasResourceBundle(lang, name);
}

/** Adds the module's namespace for `lang` (once); resolves when its strings are usable. */
export function loadModule(name: ModuleName, lang: Lang): Promise<void> {
  wanted.add(name);
  const key = `${name}:${lang}`;
  const known = pending.get(key);
  if (known !== undefined) return known;
  const loading = isModuleLoaded(name, lang)
    ? Promise.resolve()
    : fetchBundle(name, lang).then(
        (bundle) => {
          i18n.addResourceBundle(lang, name, bundle, true, true);
        },
        (error: unknown) => {
          pending.delete(key);
          throw error;
        },
      );
  pending.set(key, loading);
  return loading;
}

export async function loadModules(names: readonly ModuleName[], lang: Lang): Promise<void> {
  await Promise.all(names.map((name) => loadModule(name, lang)));
}

/** Every module already in use, in `lang`: called before switching so no page shows raw keys. */
export function loadWantedModules(lang: Lang): Promise<void> {
  return loadModules([...wanted], lang);
}
