/** 网格治理模块的中文字符串（矛盾排查日报、矛盾纠纷案件、看板）。 */
export const gridZh = {
  gridGov: {
    post: { leader: '网格长', worker: '网格员', specialist: '矛盾排查专员' },
    itemKind: { dispute: '矛盾纠纷', risk: '风险隐患', visit: '走访' },
    category: { neighbours: '邻里纠纷', family: '婚姻家庭', property: '物业纠纷', labour: '劳资纠纷', demolition: '拆迁安置', land: '土地纠纷', other: '其他' },
    risk: { low: '低', medium: '中', high: '高' },
    level: { grid: '网格', community: '社区', subdistrict: '街道' },
    status: { registered: '已登记', accepted: '已受理', assigned: '已分派', mediating: '调解中', resolved: '已化解', failed: '调解未成', escalated: '已上报', closed: '已回访办结' },
    action: { accept: '受理', assign: '分派', mediate: '开始调解', resolve: '调解成功', fail: '调解未成', escalate: '上报上级', follow_up: '回访办结', register: '登记' },
    source: { screening: '日常排查', visit: '群众来访', call: '电话反映' },
    outcome: { agreement: '达成协议', partial: '部分达成', no_agreement: '未达成', adjourned: '择期再调' },
    warning: { none: '正常', yellow: '黄灯预警', red: '红灯超时' },
    stage: { accept: '受理时限', handle: '办理时限', verify: '回访时限' },
    today: {
      title: '今日排查', intro: '每天每个网格报一次：没有发现就一键零报告。截止时间 {{cutoff}}。', noPosts: '您还没有矛盾排查岗位，请联系社区分配。',
      zero: '零报告', withItems: '有情况上报', reported: '今日已报', zeroDone: '今日已零报告', late: '迟报', afterCutoff: '已过截止时间，现在报送将标记为迟报',
      addItem: '添加一项', description: '情况说明', place: '地点', send: '报送', correct: '更正今日日报', newCase: '登记矛盾纠纷', items: '{{n}} 项',
      queued: '已保存在本机，联网后自动发送', sent: '已报送',
    },
    outbox: { title: '待发送', empty: '没有待发送的内容', offline: '当前离线：新内容会先保存在本机', online: '在线', retry: '立即重试', waiting: '等待发送', failed: '被退回：{{msg}}', report: '日报', case: '案件' },
    caseForm: {
      title: '登记矛盾纠纷', grid: '网格', source: '来源', category: '类别', risk: '风险等级', place: '地点', description: '纠纷情况', parties: '当事人',
      partyName: '姓名', partyRole: '身份（如申请人）', addParty: '添加当事人', photos: '现场照片', useLocation: '以照片位置作为案发地点', submit: '登记', done: '已登记',
    },
    cases: {
      title: '矛盾纠纷', number: '编号', grid: '网格', category: '类别', risk: '风险', level: '层级', status: '状态', timer: '时限', registeredAt: '登记时间',
      due: '{{stage}}至 {{at}}', escalateOverdue: '超时自动上报', escalated: '已上报 {{n}} 件超时/高风险案件', all: '全部',
    },
    case: {
      description: '情况', place: '地点', parties: '当事人', photos: '照片', sessions: '调解记录', events: '流转记录', assignee: '承办人', location: '位置',
      note: '说明', agreement: '调解协议内容', reason: '上报理由', sessionAdd: '记录一次调解', heldOn: '调解日期', mediators: '调解人员（逗号分隔）', outcome: '结果',
      notes: '记录', save: '保存', done: '已更新', resolvedLevel: '化解层级', noActions: '当前层级由上级处理，您可查看进展',
    },
    compliance: {
      title: '日报报送情况', date: '日期', unit: '单位', expected: '应报', reported: '已报', zero: '零报告', late: '迟报', missing: '未报', missingTitle: '截止后未报送',
      missingNone: '全部已报送', who: '排查专员', grid: '网格', community: '社区', beforeCutoff: '截止时间 {{cutoff}} 尚未到',
    },
    dashboard: {
      title: '矛盾纠纷排查看板', period: '期间', export: '导出 Excel', cases: '案件数', overdue: '超时案件', yellow: '黄灯预警', gridShare: '网格化解率（源头治理）',
      mediation: '调解成功率', compliance: '日报报送', rate: '报送率', byCategory: '按类别', byLevel: '按层级', byStatus: '按状态', rollup: '矛盾纠纷排查日报', copy: '复制',
      copied: '已复制',
    },
    posts: {
      title: '网格岗位', grid: '网格', person: '人员', post: '岗位', since: '任职日期', assign: '分配岗位', end: '撤销', ended: '已撤销', assigned: '已分配',
      settings: '报送设置', cutoff: '每日截止时间', saveSettings: '保存', saved: '已保存',
    },
    nav: { today: '今日排查', cases: '矛盾纠纷', compliance: '日报报送', dashboard: '排查看板', posts: '网格岗位' },
  },
};
