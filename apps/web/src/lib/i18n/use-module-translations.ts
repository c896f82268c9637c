import { use } from 'react';
import { useTranslation } from 'react-i18next';
import { isLang } from './lang.ts';
import { isModuleLoaded, loadModule } from './modules.ts';
import type { ModuleName } from './module-bundles.ts';

/**
 * Suspends until the modules' strings are loaded in the current language (again after a switch),
 * so a page never renders raw keys. Returns at once when they already are.
 */
export function useModuleTranslations(names: readonly ModuleName[]): void {
  const { i18n } = useTranslation();
  const lang = isLang(i18n.language) ? i18n.language : 'zh-CN';
  const missing = names.filter((name) => !isModuleLoaded(name, lang));
  const loading = missing.map((name) => loadModule(name, lang));
  for (const promise of loading) use(promise);
}
