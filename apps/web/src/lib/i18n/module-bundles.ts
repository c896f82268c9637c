import type { Lang } from './lang.ts';

/** Feature modules whose strings are split out of the entry chunk, one i18next namespace each. */
export type ModuleName = 'decisions' | 'integrity' | 'services';
export const MODULE_NAMES: readonly ModuleName[] = ['decisions', 'integrity', 'services'];

export type Bundle = Readonly<Record<string, unknown>>;

/** One dynamic import per module and language, so each lands in its own small chunk. */
const LOADERS: Record<ModuleName, Record<Lang, () => Promise<Bundle>>> = {
  decisions: {
    'zh-CN': async () => (await import('./decisions.zh-CN.ts')).decisionsZh,
    en: async () => (await import('./decisions.en.ts')).decisionsEn,
  },
  integrity: {
    'zh-CN': async () => (await import('./integrity.zh-CN.ts')).integrityZh,
    en: async () => (await import('./integrity.en.ts')).integrityEn,
  },
  // services (issue 5)
  services: {
    'zh-CN': async () => (await import('./services.zh-CN.ts')).servicesZh,
    en: async () => (await import('./services.en.ts')).servicesEn,
  },
};

export function fetchBundle(name: ModuleName, lang: Lang): Promise<Bundle> {
  return LOADERS[name][lang]();
}
