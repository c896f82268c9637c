import type { indicatorsZh } from './indicators.zh-CN.ts';

/** Indicator dashboards, big screen, annual report (issue 8); typed against the Chinese strings. */
export const indicatorsEn: typeof indicatorsZh = {
  ind: {
    title: 'Indicators', bigScreen: 'Big screen', period: 'Period', compare: 'Compare', comparePrevious: 'Previous period', compareYear: 'Same period last year', compareNone: 'No comparison',
    trend: 'Monthly trend', ranking: 'Communities ranked', drill: 'Drill-down', map: 'Grid map', noMap: 'No grid boundaries registered yet: no map to draw', unit: 'Unit', indicator: 'Indicator',
    exportXlsx: 'Export Excel', reportDocx: 'Annual report (Word)', reportPdf: 'Annual report (PDF)', reportYear: 'Report year', back: 'Up one level', open: 'Drill down',
    target: 'Target: {{text}}', met: 'Met', notMet: 'Not met', previous: 'Compared: {{value}}', noValue: '—', refreshed: 'Updated {{time}}', refreshEvery: 'Refreshes every {{n}} s',
    exit: 'Leave big screen', catalogue: 'Catalogue', definition: 'Definition', source: 'Source module', scopeRule: 'Scope',
  },
};
