export type Lang = 'zh-CN' | 'en';
export const LANGS: readonly Lang[] = ['zh-CN', 'en'];

export function isLang(v: string | null | undefined): v is Lang {
  return v === 'zh-CN' || v === 'en';
}
