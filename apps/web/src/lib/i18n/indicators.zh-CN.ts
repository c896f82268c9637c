/** 指标看板、数据大屏、年度报告（issue 8）。 */
export const indicatorsZh = {
  ind: {
    title: '数据看板', bigScreen: '数据大屏', period: '统计期间', compare: '对比', comparePrevious: '环比（上一期）', compareYear: '同比（去年同期）', compareNone: '不对比',
    trend: '月度趋势', ranking: '社区排名', drill: '分级下钻', map: '网格地图', noMap: '尚未登记网格边界，无法绘制地图', unit: '单位', indicator: '指标',
    exportXlsx: '导出 Excel', reportDocx: '年度报告（Word）', reportPdf: '年度报告（PDF）', reportYear: '报告年度', back: '返回上一级', open: '下钻',
    target: '目标：{{text}}', met: '达标', notMet: '未达标', previous: '对比期：{{value}}', noValue: '—', refreshed: '更新于 {{time}}', refreshEvery: '每 {{n}} 秒自动刷新',
    exit: '退出大屏', catalogue: '指标目录', definition: '口径', source: '来源模块', scopeRule: '适用范围',
  },
};
