/** Core Chinese (default) UI strings: login, layout, menu, common components and the core pages; modules load their own (see modules.ts). `en.ts` must have exactly the same shape (checked by its type). */
export const zhCN = {
  app: {
    name: '基石',
    subtitle: '基层党建与社区治理平台',
    demoBanner: '演示模式：所有人员与数据均为虚构的演示数据，请勿录入真实个人信息',
    demoTag: '演示模式 / Demo mode',
    loading: '加载中…',
    switchTo: 'English',
  },
  offline: {
    title: '当前离线', notice: '未连接网络：登录状态将在恢复网络后确认。草稿保存在本机，联网后自动发送。',
    unavailable: '此页面需要联网。恢复网络后将自动继续。', retry: '重试',
  },
  common: {
    save: '保存', cancel: '取消', submit: '提交', search: '搜索', reset: '重置', create: '新增',
    edit: '编辑', rename: '重命名', close: '关闭', confirm: '确定', refresh: '刷新', query: '查询',
    yes: '是', no: '否', none: '—', actions: '操作', details: '详情', name: '名称', code: '编码',
    address: '地址', kind: '类型', date: '日期', status: '状态', all: '全部',
    total: '共 {{count}} 条', asOf: '统计日期', today: '今天', historical: '历史视图（只读），截至 {{date}}',
    reason: '理由', reasonHint: '请填写用途理由（至少4个字），将记入审计日志',
    saved: '已保存', created: '已创建', networkError: '网络连接失败，请检查网络后重试',
    unexpected: '系统繁忙，请稍后再试', forbidden: '您没有访问此页面的权限', notFound: '页面不存在',
    backHome: '返回首页', selectPlaceholder: '请选择', emptySelection: '请在左侧选择一个节点',
  },
  nav: {
    home: '首页', territory: '网格区划', partyOrgs: '党组织', residents: '居民信息',
    partyMembers: '党员', workers: '社区工作者', users: '用户管理', audit: '审计日志', account: '账号安全',
    hall: '居民议事厅', proposals: '居民提议', templates: '议事规则', meetings: '三会三议三监督', portal: '我要提议', board: '公示栏',
    powerList: '权力清单', exercises: '权力运行', alerts: '监督预警', oversight: '监督检查', complaints: '信访举报',
    // grid governance (issue 3)
    gridToday: '今日排查', gridCases: '矛盾纠纷', gridCompliance: '日报报送', gridDashboard: '排查看板', gridPosts: '网格岗位',
    // party life and volunteers (issue 6)
    partyLife: '党员教育', volunteering: '志愿服务', pairing: '结对帮扶', myVolunteer: '我的志愿服务',
    // services (issue 5)
    services: '便民服务', bookings: '功能室预约', orders: '服务订单', community: '社区服务',
    // indicators and portal (issue 8)
    indicators: '数据看板', bigScreen: '数据大屏', residentsPortal: '居民服务门户',
  },
  auth: {
    title: '工作人员登录', username: '用户名', password: '密码', totp: '动态验证码',
    totpHint: '请输入验证器应用中的6位数字', login: '登录', logout: '退出登录',
    demoAccounts: '演示账号', fill: '填入', role: '角色', scope: '管辖范围',
    usernameRequired: '请输入用户名', passwordRequired: '请输入密码', totpInvalid: '请输入6位数字',
  },
  role: {
    subdistrict_admin: '街道管理员', subdistrict_leader: '街道班子成员', community_secretary: '社区书记/主任',
    community_worker: '社区工作者', grid_worker: '网格员', branch_secretary: '支部书记', party_member: '党员',
    volunteer: '志愿者', resident: '居民', provider: '服务机构', inspector: '纪检监察',
    security_admin: '安全管理员', audit_admin: '审计管理员',
  },
  unitKind: { subdistrict: '街道', community: '社区', village: '村', grid: '网格', micro_grid: '微网格' },
  gridKind: { regular: '普通网格', dedicated: '专属网格' },
  orgKind: {
    working_committee: '党工委', party_committee: '党委', general_branch: '党总支', branch: '党支部', group: '党小组',
  },
  orgCategory: {
    community: '社区', village: '村', floating: '流动党员', enterprise: '非公企业', grid: '网格',
    agency: '机关', social_org: '社会组织',
  },
  gender: { male: '男', female: '女' },
  flag: { needy: '困难', elderly: '高龄', disabled: '残疾' },
  memberType: { formal: '正式党员', probationary: '预备党员' },
  memberStatus: { in_service: '在职', retired: '离退休', floating: '流动', unemployed: '无业' },
  origin: { agency: '机关下沉', graduate: '大学生', public_welfare: '公益性岗位', resident: '居民' },
  dashboard: {
    title: '工作概览', communities: '社区', villages: '村', grids: '网格', residents: '居民',
    partyMembers: '党员', branches: '党支部', workers: '社区工作者', sunkCadres: '机关下沉干部',
    sunkShare: '占机关人员 {{share}}（共 {{staff}} 人）', workersChart: '各社区工作者人数',
    target: '目标 {{n}} 人', meets: '达标', notMeets: '未达标', perCommunity: '分社区统计', unit: '社区/村',
    noAccess: '欢迎使用基石平台。请通过左侧菜单进入您有权限的功能。',
  },
  territory: {
    title: '网格区划', tree: '区划树', validFrom: '生效日期', validTo: '失效日期', mergedInto: '已并入',
    addChild: '新增下级', renameUnit: '重命名', merge: '合并到其他社区', mergeTarget: '并入社区/村',
    effectiveDate: '生效日期', history: '隶属历史', parentAt: '上级节点查询', parentAtDate: '查询日期',
    parentResult: '{{date}} 的上级：{{name}}', noParent: '{{date}} 无上级节点', parent: '上级',
    buildings: '楼栋', households: '户', addBuilding: '新增楼栋', addHousehold: '新增住户',
    building: '楼栋', residentCount: '居民数', gridKind: '网格类型', codeHint: '6/9/12位行政区划代码（可选）',
  },
  partyOrgs: {
    title: '党组织', kind: '组织类型', category: '支部类别', memberCount: '党员数', territory: '所在区划',
    addChild: '新增下级组织', members: '{{count}} 名党员',
  },
  residents: {
    title: '居民信息', searchPlaceholder: '输入姓名、姓名片段或地址', grid: '所属网格', flag: '标记',
    add: '新增居民', name: '姓名', gender: '性别', birthDate: '出生日期', address: '住址',
    idNumber: '身份证号', phone: '手机号', idMasked: '身份证号（脱敏）', phoneMasked: '手机号（脱敏）',
    flags: '标记', detail: '居民详情', updatedAt: '更新时间', reveal: '查看完整信息',
    revealTitle: '查看完整身份信息', revealNote: '完整信息仅在本窗口中显示，关闭后即清除，不会保存。',
    import: '批量导入', downloadTemplate: '下载模板', upload: '上传 Excel 文件',
    importDone: '已导入 {{count}} 条记录', importErrors: '导入失败的行', row: '行号', errors: '错误',
    export: '导出', exportTitle: '导出居民信息', exportDone: '导出文件已生成',
    lookup: '身份证号精确查询', lookupEmpty: '未找到该身份证号对应的居民', household: '户',
  },
  partyMembers: {
    title: '党员', branch: '所在支部', memberType: '党员类别', status: '党员状态', joinDate: '入党日期',
    workUnit: '工作单位', add: '新增党员', searchPlaceholder: '输入姓名',
  },
  workers: {
    title: '社区工作者', unit: '所在社区/村', post: '岗位', origin: '来源', firstSecretary: '第一书记',
    sunkCadre: '下沉干部', add: '新增工作者',
  },
  users: {
    title: '用户管理', username: '用户名', displayName: '姓名', role: '角色', scope: '管辖范围',
    enabled: '启用', disabled: '已停用', disable: '停用', enable: '启用', add: '新增用户',
    password: '初始密码', passwordHint: '至少12位，避免常见词和地名', totp: '双因素',
    // branch secretary's own branch (issue 6 follow-up)
    partyBranch: '所在党支部', partyBranchHint: '支部书记只能查看本支部的数据；未关联时看不到任何支部数据', noBranch: '未关联',
  },
  audit: {
    title: '审计日志', time: '时间', actor: '操作人', role: '角色', action: '操作', subject: '对象',
    result: '结果', reason: '理由', ip: 'IP', changes: '变更字段', verify: '校验审计链',
    verifyOk: '审计链完整：已校验 {{checked}} 条记录', verifyBad: '审计链异常：第 {{seq}} 条记录校验失败（已校验 {{checked}} 条）',
    head: '链头哈希', filterAction: '按操作筛选', filterSubject: '按对象ID筛选',
  },
  account: {
    title: '账号安全', changePassword: '修改密码', currentPassword: '当前密码', newPassword: '新密码',
    confirmPassword: '确认新密码', mismatch: '两次输入的新密码不一致', passwordChanged: '密码已修改',
    totp: '双因素认证（动态验证码）', totpOn: '已启用', totpOff: '未启用', totpSetup: '开始设置',
    totpSecret: '密钥（手动输入到验证器应用）', totpUri: '配置链接', totpCode: '验证器显示的6位数字',
    totpEnable: '启用', totpDone: '双因素认证已启用',
  },
  validation: {
    required: '此项为必填', tooShort: '至少 {{min}} 个字符', tooLong: '最多 {{max}} 个字符', invalid: '格式不正确',
  },
  // The home page's tally card of the deliberation hall: shown before any module is loaded.
  tally: {
    title: '解决实际问题', year: '年度', solved: '已解决', opened: '已立项', perUnit: '分社区/村统计', unit: '社区/村',
  },
};

export type Messages = typeof zhCN;
