/** Chinese strings of Party life and volunteering (issue 6), loaded with the module's pages. */
export const volunteersZh = {
  volunteers: {
    photos: '照片', title: '志愿服务', community: '社区（村）', year: '年度', h: '小时', star: '星', saved: '已保存',
    tabs: { activities: '志愿活动', teams: '志愿服务队', inService: '在职党员报到', deeds: '好事实事', schedule: '三会一课', trainings: '培训与考察', education: '党员教育' },
    theme: { dangqi_hong: '党旗红、夕阳美', xiyang_mei: '夕阳美', chaiqian_budang: '拆迁不离党', danghui_zhongyuan: '党徽映中原', other: '其他' },
    signupStatus: { signed_up: '已报名', checked_in: '已签到', checked_out: '已签退', recorded: '时长待审核', verified: '时长已审核' },
    orgLife: { members_assembly: '支部党员大会', committee_meeting: '支部委员会', group_meeting: '党小组会', party_lecture: '党课', theme_day: '主题党日', democratic_life: '民主生活会', org_life_meeting: '组织生活会' },
    frequency: { monthly: '每月', quarterly: '每季度', yearly: '每年' },
    trainingKind: { pre_job: '岗前培训', in_service: '在职培训', meeting_as_training: '以会代训', study_visit: '考察学习', business: '党建业务知识培训' },
    courseKind: { article: '文章', pdf: '文档', video: '视频' },
    grade: { excellent: '优秀', good: '良好', fair: '一般', poor: '较差' },
    source: { self: '网上报到', paper: '纸质登记' },
    doer: { member: '党员', volunteer: '志愿者' },
    helperRole: { leader: '班子成员', branch_secretary: '支部书记', cadre: '党员干部' },
    targetKind: { needy_resident: '困难群众', household: '困难家庭', unit: '辖区单位', service_object: '服务对象' },
    contactKind: { visit: '走访', call: '电话', help: '帮扶' },
    activity: { add: '发布活动', title: '活动名称', theme: '主题', date: '日期', place: '地点', capacity: '名额', team: '服务队', places: '报名', signups: '报名与时长' },
    signup: {
      at: '签到/签退时间（不填为当前时间）', name: '志愿者', status: '状态', minutes: '服务时长（分钟）', minutesHint: '分钟', checkIn: '签到', checkOut: '签退', record: '记录时长', verify: '审核通过',
      rule: '服务时长指实际提供服务的时间，不含往返路途；由活动组织方记录（谁组织谁记录、谁记录谁证明），审核后才计入。',
    },
    team: { add: '新建服务队', name: '队名', leader: '队长', volunteers: '志愿者人数', founded: '成立日期', missing: '无活动的月份', monthlyOk: '每月均有活动', count: '{{n}} 支服务队，{{v}} 名志愿者' },
    deed: { add: '登记好事实事', date: '日期', doer: '做好事的人', doerKind: '身份', beneficiary: '受益人', description: '事迹', confirmedBy: '确认人', confirm: '确认', total: '共 {{n}} 件' },
    inService: {
      mine: '我的报到信息', register: '在职党员到社区报到', registerHint: '请填写工作单位及其党组织，选择社区提供的服务岗位。手机号仅社区可见（加密保存）。',
      registered: '报到成功', name: '姓名', phone: '手机号', workUnit: '工作单位', workPartyOrg: '单位党组织', skills: '特长', post: '服务岗位', submit: '提交报到',
      registeredOn: '报到日期', service: '服务记录', serviceText: '{{n}} 次，{{h}} 小时', evaluation: '社区评议', source: '报到方式', count: '已报到 {{n}} 人',
      evaluate: '评议', notEvaluated: '未评议', comment: '评语', feedbackXlsx: '导出反馈表（Excel）', feedbackPdf: '反馈单（PDF）',
    },
    my: {
      title: '我的志愿服务', activities: '可报名的活动', noActivities: '暂无可报名的活动', signUp: '报名', signedUp: '报名成功', full: '已满', places: '已报 {{n}}/{{cap}}',
      hours: '服务时长与证书', verified: '已审核时长', pending: '待审核', star: '星级', points: '积分', nextLevel: '距下一星级需累计 {{h}} 小时',
      pointsHint: '积分为社区单独记账，不计入服务时长。', issue: '开具志愿服务证书', issued: '证书编号 {{number}}', download: '下载 PDF', records: '服务记录',
    },
    check: {
      title: '志愿服务证书查验', subtitle: '输入证书编号即可核验，无需登录', submit: '查验', notFound: '未找到该证书编号，请核对后重试',
      number: '证书编号', name: '姓名', hours: '服务时长（小时）', star: '星级', issuedOn: '开具日期',
    },
    partyLife: {
      title: '党员教育与组织生活', record: '登记会议', closeMonth: '关闭月份', closeHint: '关闭后不能再登记该月份的会议（不可补录）。', month: '月份',
      kind: '类别', frequency: '要求', periods: '执行情况', date: '日期', topic: '主题', due: '应到', present: '实到', minutes: '会议记录',
      missingTotal: '缺 {{n}} 次', pickBranch: '请选择党支部', closed: '已关闭月份：{{months}}',
    },
    training: {
      add: '登记培训', studyVisits: '考察学习（次）', trainings: '培训（次）', attendance: '参训人次', date: '日期', kind: '类别', title: '名称', place: '地点',
      attended: '实到/应到', participants: '参训人员', participantsHint: '姓名以逗号或空格分隔',
    },
    study: {
      upload: '上传资料', material: '学习资料', open: '查看', mine: '我的学习', add15: '学习 15 分钟', complete: '学完', done: '已完成', progress: '已学 {{m}}/{{total}} 分钟',
      coverage: '学习覆盖（按支部）', branch: '党支部', members: '党员', learners: '参学', completed: '完成', hours: '学时', share: '覆盖率',
      courses: '课程与学习资料', addCourse: '新增课程', courseTitle: '课程名称', kind: '形式', minutes: '时长（分钟）', quiz: '测验题', body: '内容',
    },
    pairing: {
      me: '我', title: '"3+2+1" 结对帮扶', compliance: '结对达标情况', helper: '帮扶人', role: '身份', targets: '结对数/要求', quota: '达标', met: '达标', short: '未达标',
      overdue: '超期未联系', overdueTotal: '超期未联系 {{n}} 对', unpaired: '无人结对的困难群众 {{n}} 人', pairs: '结对与联系记录', showAll: '显示全部', showMine: '只看我的',
      add: '新增结对', target: '帮扶对象', targetKind: '对象类别', lastContact: '最近联系', isOverdue: '超期', log: '记录联系', kind: '方式', date: '日期', note: '情况', started: '结对日期',
    },
  },
};
