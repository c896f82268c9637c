import { lazy } from 'react';
import type { ComponentType, LazyExoticComponent } from 'react';
import { currentLang } from '../lib/i18n/index.ts';
import { loadModules } from '../lib/i18n/modules.ts';
import { useModuleTranslations } from '../lib/i18n/use-module-translations.ts';
import type { ModuleName } from '../lib/i18n/module-bundles.ts';

/**
 * A lazy page of a feature module: its chunk and its strings (current language) load together,
 * and the page suspends again if the language changes before the new strings are in.
 */
export function lazyModulePage(
  load: () => Promise<ComponentType>,
  name: string,
  modules: readonly ModuleName[],
): LazyExoticComponent<ComponentType> {
  return lazy(async () => {
    const [Page] = await Promise.all([load(), loadModules(modules, currentLang())]);
    // biome-ignore lint/correctness/noComponentHookFactories: lazy() calls this once per page chunk, so the wrapper is made once, never per render.
    function ModulePage() {
      useModuleTranslations(modules);
      return <Page />;
    }
    ModulePage.displayName = `ModulePage(${name})`;
    return { default: ModulePage };
  });
}
