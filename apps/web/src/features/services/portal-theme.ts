/** Large type and strong contrast for older residents, on a phone (360 px wide). */
export const PORTAL_THEME = { token: { fontSize: 18, colorText: '#000', colorTextSecondary: '#222', controlHeightLG: 52, fontSizeLG: 20 } };
