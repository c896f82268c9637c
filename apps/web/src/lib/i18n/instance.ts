import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { zhCN } from './zh-CN.ts';
import { en } from './en.ts';
import { isLang } from './lang.ts';
import type { Lang } from './lang.ts';
import { MODULE_NAMES } from './module-bundles.ts';

/** Only the language preference is kept in the browser; nothing personal. */
export const STORAGE_KEY = 'jishi.lang';

function readStored(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function initialLang(): Lang {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  if (isLang(fromUrl)) return fromUrl;
  const stored = readStored();
  return isLang(stored) ? stored : 'zh-CN';
}

export function applyDocument(lang: Lang): void {
  document.documentElement.lang = lang;
  dayjs.locale(lang === 'en' ? 'en' : 'zh-cn');
}

/**
 * Only the core strings are bundled; each module's namespace is added when its pages load
 * (modules.ts). Keys stay unprefixed: a key not in `translation` is looked up in the module namespaces.
 */
export const i18n = i18next.createInstance();
const first = initialLang();
void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: first,
  fallbackLng: 'zh-CN',
  ns: ['translation'],
  defaultNS: 'translation',
  fallbackNS: [...MODULE_NAMES],
  interpolation: { escapeValue: false },
});
applyDocument(first);

export function currentLang(): Lang {
  return isLang(i18n.language) ? i18n.language : 'zh-CN';
}
