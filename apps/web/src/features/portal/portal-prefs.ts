import { useCallback, useState } from 'react';

/** Elderly-friendly display choices (适老化), kept in this browser only (nothing personal). */
export interface PortalPrefs {
  bigFont: boolean;
  highContrast: boolean;
}
export const PREFS_KEY = 'jishi.portal.prefs';

export function readPrefs(): PortalPrefs {
  try {
    const raw = JSON.parse(window.localStorage.getItem(PREFS_KEY) ?? '{}') as Partial<PortalPrefs>;
    return { bigFont: raw.bigFont === true, highContrast: raw.highContrast === true };
  } catch {
    return { bigFont: false, highContrast: false };
  }
}

export function usePortalPrefs(): [PortalPrefs, (patch: Partial<PortalPrefs>) => void] {
  const [prefs, setPrefs] = useState(readPrefs);
  const update = useCallback((patch: Partial<PortalPrefs>) => {
    setPrefs((old) => {
      const next = { ...old, ...patch };
      try {
        window.localStorage.setItem(PREFS_KEY, JSON.stringify(next));
      } catch {
        /* private mode: the choice lasts for this visit */
      }
      return next;
    });
  }, []);
  return [prefs, update];
}

/** Ant Design tokens: 20 px text by default, 26 px in large-font mode; black on white with a darker red in high contrast; secondary and description text (statistic titles, hints) ≥ 4.5:1; placeholders ≥ 4.5:1; ≥ 48 px controls. */
export function portalTheme(p: PortalPrefs) {
  const fontSize = p.bigFont ? 26 : 20;
  return {
    token: {
      fontSize,
      fontSizeLG: fontSize + 2,
      controlHeight: 48,
      controlHeightLG: 56,
      colorText: '#000',
      colorTextSecondary: p.highContrast ? '#000' : '#333',
      colorTextDescription: p.highContrast ? '#000' : '#333',
      colorTextPlaceholder: p.highContrast ? '#333' : '#595959',
      colorPrimary: p.highContrast ? '#8b0000' : '#b00020',
      colorBorder: p.highContrast ? '#000' : '#8c8c8c',
      colorLink: p.highContrast ? '#00008b' : '#0b4fa8',
      lineWidth: p.highContrast ? 2 : 1,
    },
  };
}
