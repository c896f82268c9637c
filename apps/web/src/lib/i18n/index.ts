import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { zhCN } from './zh-CN.ts';
import { en } from './en.ts';

export type Lang = 'zh-CN' | 'en';
export const LANGS: readonly Lang[] = ['zh-CN', 'en'];

/** Only the language preference is kept in the browser; nothing personal. */
const STORAGE_KEY = 'jishi.lang';

function isLang(v: string | null): v is Lang {
  return v === 'zh-CN' || v === 'en';
}

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

function applyDocument(lang: Lang): void {
  document.documentElement.lang = lang;
  dayjs.locale(lang === 'en' ? 'en' : 'zh-cn');
}

export const i18n = i18next.createInstance();
const first = initialLang();
void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: first,
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
});
applyDocument(first);

export function currentLang(): Lang {
  return isLang(i18n.language) ? i18n.language : 'zh-CN';
}

export async function setLang(lang: Lang): Promise<void> {
  await i18n.changeLanguage(lang);
  applyDocument(lang);
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // storage disabled: the choice lasts for this page only
  }
}
