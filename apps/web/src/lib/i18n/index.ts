import { applyDocument, i18n, STORAGE_KEY } from './instance.ts';
import type { Lang } from './lang.ts';
import { loadWantedModules } from './modules.ts';

export { i18n, currentLang } from './instance.ts';
export { LANGS } from './lang.ts';
export type { Lang } from './lang.ts';

export async function setLang(lang: Lang): Promise<void> {
  // Load the open modules' strings first; if that fails, pages suspend and retry on their own.
  await loadWantedModules(lang).catch(() => undefined);
  await i18n.changeLanguage(lang);
  applyDocument(lang);
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // storage disabled: the choice lasts for this page only
  }
}
