import type { Lang } from './lang.ts';

/**
 * String bundles split out of the entry chunk, one i18next namespace each. A namespace is named like the module
 * it serves (decisions, integrity, grid, indicators, portal) or, where the modules of one menu group share one
 * bundle, like that group (`members`: party-life, education, trainings, in-service-members, volunteering,
 * good-deeds, pairing; `services`: premises, funds, bookings, providers, service-requests, brands).
 */
export type ModuleName = 'decisions' | 'integrity' | 'grid' | 'members' | 'services' | 'indicators' | 'portal';
export const MODULE_NAMES: readonly ModuleName[] = [
  'decisions',
  'integrity',
  'grid',
  'members',
  'services',
  'indicators',
  'portal',
];

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
  grid: {
    'zh-CN': async () => (await import('./grid.zh-CN.ts')).gridZh,
    en: async () => (await import('./grid.en.ts')).gridEn,
  },
  members: {
    'zh-CN': async () => (await import('./members.zh-CN.ts')).membersZh,
    en: async () => (await import('./members.en.ts')).membersEn,
  },
  services: {
    'zh-CN': async () => (await import('./services.zh-CN.ts')).servicesZh,
    en: async () => (await import('./services.en.ts')).servicesEn,
  },
  indicators: {
    'zh-CN': async () => (await import('./indicators.zh-CN.ts')).indicatorsZh,
    en: async () => (await import('./indicators.en.ts')).indicatorsEn,
  },
  portal: {
    'zh-CN': async () => (await import('./portal.zh-CN.ts')).portalZh,
    en: async () => (await import('./portal.en.ts')).portalEn,
  },
};

export function fetchBundle(name: ModuleName, lang: Lang): Promise<Bundle> {
  return LOADERS[name][lang]();
}
