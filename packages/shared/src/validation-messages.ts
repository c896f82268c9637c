/** Messages for the custom validation keys used in the shared schemas. */
export const VALIDATION_MESSAGES: Record<string, { zh: string; en: string }> = {
  'validation.idNumber': {
    zh: '身份证号码无效（须为18位且校验位正确）',
    en: 'Invalid ID number (18 characters with a valid check digit)',
  },
  'validation.mobile': {
    zh: '手机号码无效（须为11位大陆手机号）',
    en: 'Invalid mobile number (11-digit mainland number)',
  },
  'validation.regionCode': { zh: '行政区划代码无效', en: 'Invalid region code' },
  'validation.nul': { zh: '内容含有不允许的控制字符', en: 'The text contains a forbidden control character' },
  'validation.reason': { zh: '请填写至少4个字的理由', en: 'Give a reason of at least 4 characters' },
  'validation.parentKind': { zh: '上级节点类型不匹配', en: 'The parent is of the wrong kind' },
  'validation.effectiveDate': {
    zh: '生效日期不能早于上一次调整',
    en: 'The effective date cannot precede the last change',
  },
  'validation.dateRange': {
    zh: '日期须在1900年1月1日至2099年12月31日之间',
    en: 'The date must lie between 1 January 1900 and 31 December 2099',
  },
  'validation.birthDate': {
    zh: '出生日期须在1900年1月1日至今天之间',
    en: 'The date of birth must lie between 1 January 1900 and today',
  },
  'validation.nameEmpty': { zh: '请填写姓名或名称', en: 'Enter a name' },
  'validation.nameControl': {
    zh: '姓名或名称含有不可见的控制字符（如文字方向控制符），请删除后重试',
    en: 'The name contains invisible control characters (such as text-direction controls); remove them',
  },
  'validation.bookingHorizon': {
    zh: '只能预约今后两年内的时段',
    en: 'Rooms can be booked at most two years ahead',
  },
  'validation.futureDate': { zh: '日期不能晚于今天', en: 'The date cannot be in the future' },
  'validation.beforePrevious': {
    zh: '日期不能早于本议题上一次登记的日期',
    en: 'The date cannot precede the previous record of this matter',
  },
  'validation.noticeTooShort': {
    zh: '公示期短于议事规则要求的天数',
    en: 'The notice period is shorter than the procedure requires',
  },
  'validation.noticeTooLong': { zh: '公示期最长90天', en: 'A notice period is at most 90 days' },
  'validation.tally': {
    zh: '人数不符：实到不能多于应到，表决票数不能多于实到人数，应到至少1人',
    en: 'Counts do not add up: present ≤ due, votes ≤ present, at least 1 due',
  },
  'validation.tallyRequired': {
    zh: '会议环节须填写应到、实到人数和表决票数',
    en: 'A meeting stage needs due, present and vote counts',
  },
  'validation.publicText': {
    zh: '公开内容不得含有身份证号码或手机号码',
    en: 'Public text must not contain an ID number or a mobile number',
  },
  'validation.matterSource': {
    zh: '请填写议题来源：居民提议、党组织提议或上级交办的说明',
    en: 'Give the source of the matter: proposals, the Party organisation, or who assigned it',
  },
  'validation.monthOpen': { zh: '只能关闭已经结束的月份', en: 'Only a month that has ended can be closed' },
  'validation.template': { zh: '议事规则模板不完整或不合法', en: 'The procedure template is incomplete or invalid' },
  'validation.ratio': { zh: '比例须满足 0 < 分子 ≤ 分母', en: 'A share needs 0 < numerator ≤ denominator' },
  'validation.stepPair': {
    zh: '不相容岗位须是两个不同且存在的环节',
    en: 'Incompatible steps must be two different existing steps',
  },
  'validation.timeLimit': {
    zh: '各环节时限之和不能超过总时限',
    en: 'The step limits cannot add up to more than the overall limit',
  },
  'validation.stepTime': {
    zh: '办理时间不能晚于现在，也不能早于开始办理的时间',
    en: 'The time cannot be in the future or before the exercise was opened',
  },
  'validation.complaintContact': {
    zh: '实名举报须填写姓名和联系方式；匿名举报不填',
    en: 'A named report needs a name and contact; an anonymous one has neither',
  },
  'validation.timeOrder': { zh: '结束时间须晚于开始时间', en: 'The end time must be after the start time' },
  // grid governance
  'validation.cutoff': { zh: '截止时间格式为 HH:MM（24小时制）', en: 'The cut-off time is HH:MM (24-hour clock)' },
  'validation.zeroReport': {
    zh: '零报告不能带事项；非零报告至少填写一项',
    en: 'A zero report has no items; any other report has at least one',
  },
  'validation.party': {
    zh: '当事人须选择登记居民或填写姓名（二选一）',
    en: 'A party is either a registered resident or a name, not both',
  },
  'validation.reportDate': { zh: '日报日期不能晚于今天', en: 'A report cannot be dated after today' },
  'validation.gridUnit': { zh: '请选择一个网格', en: 'Choose a grid' },
  'validation.assignee': { zh: '请选择承办人（须在本案件的辖区内）', en: "Choose an assignee within the case's area" },
  'validation.assigneeOutsideGrid': {
    zh: '承办人须是本案件所在网格的在岗人员（网格长、网格员、矛盾排查专员），或负责该网格的社区、街道工作人员',
    en: "The assignee must hold a post in the case's grid (leader, worker, screening specialist) or be community or subdistrict staff responsible for it",
  },
  'validation.assigneeLeaderOnly': {
    zh: '只有本网格的网格长可以把案件指派给他人；网格员只能指派给自己',
    en: "Only the grid's leader may assign the case to someone else; a grid worker may assign it only to themselves",
  },
  // party life and volunteers
  'validation.attendance': {
    zh: '实到人数不能多于应到人数，应到至少1人',
    en: 'Present cannot exceed due, and at least 1 is due',
  },
  'validation.serviceMinutes': {
    zh: '服务时长不能超过签到到签退之间的时间（不含路途）',
    en: 'Service time cannot exceed the time between check-in and check-out (travel excluded)',
  },
  'validation.quizAnswers': { zh: '答案数量与题目数量不符', en: 'The number of answers does not match the questions' },
  'validation.monthFormat': { zh: '月份格式应为 YYYY-MM', en: 'A month is written YYYY-MM' },
  // services
  'validation.price': {
    zh: '免费服务价格须为0；低偿服务须填写价格',
    en: 'A free service costs 0; a low-cost one needs its price',
  },
  'validation.providerRef': {
    zh: '由服务机构提供的服务须选择服务机构（且仅此时）',
    en: 'Name the provider exactly when a provider delivers the service',
  },
  'validation.dispatchTarget': {
    zh: '派单须指定承办人、队伍或服务机构',
    en: 'Dispatch needs a worker, team or provider',
  },
  'validation.rating': { zh: '请给出1至5分的评价', en: 'Give a rating from 1 to 5' },
  'validation.slotGrid': {
    zh: '预约须按整半小时开始和结束，且不超过12小时',
    en: 'Bookings start and end on the half hour and last at most 12 hours',
  },
  'validation.pastBooking': { zh: '不能预约已经过去的时段', en: 'A past time slot cannot be booked' },
  'validation.capacity': { zh: '人数超过功能室容量', en: 'More people than the room holds' },
  'validation.sameCommunity': { zh: '所选对象不属于该社区', en: 'The chosen object belongs to another community' },
  'validation.providerAccount': {
    zh: '只能关联“服务机构”角色且在用的账号',
    en: 'Only an active account of the provider role can be linked',
  },
  'validation.unknownService': { zh: '服务项目不存在或已停用', en: 'Unknown or discontinued service' },
  'validation.community': { zh: '请选择有效的社区（村）', en: 'Choose a community or village that is in force' },
  // indicators and portal
  'validation.periodOrder': { zh: '开始日期不能晚于结束日期', en: 'The start date cannot be after the end date' },
  'validation.boundary': {
    zh: '边界须为 GeoJSON 的 Polygon 或 MultiPolygon',
    en: 'A boundary must be a GeoJSON Polygon or MultiPolygon',
  },
  // branch secretary's own branch
  'validation.branchRole': {
    zh: '只有支部书记账号可以关联党支部',
    en: 'Only a branch secretary account is linked to a Party branch',
  },
  // party gaps
  'validation.memberBranch': {
    zh: '所选党支部须属于该党员报到的社区',
    en: 'The Party branch must belong to the community the member reported to',
  },
  'validation.helperBranch': {
    zh: '帮扶人所在党支部须属于该社区',
    en: "The helper's Party branch must belong to this community",
  },
  'validation.branchInScope': {
    zh: '所选党支部须在该账号的管辖范围内',
    en: "The Party branch must lie inside the account's scope",
  },
  // messages and channels
  'validation.messageKind': {
    zh: '所选提醒类型不存在或不能经此渠道发送',
    en: 'The reminder kind does not exist or cannot go through this channel',
  },
  'validation.timeOfDay': { zh: '时间格式应为“时:分”，如 21:00', en: 'Give a time as HH:MM, e.g. 21:00' },
  'validation.webhookUrl': {
    zh: '请填写平台生成的机器人 Webhook 地址',
    en: 'Enter the robot webhook address the platform issued',
  },
  'validation.webhookHost': {
    zh: 'Webhook 地址须为企业微信或钉钉的机器人地址，且与所选平台一致',
    en: 'The webhook must be a WeCom or DingTalk robot address matching the chosen platform',
  },
  'validation.robotSecret': {
    zh: '加签密钥格式不正确（仅钉钉机器人可设置）',
    en: 'The signing secret is not valid (only DingTalk robots have one)',
  },
  'validation.robotUnit': {
    zh: '群机器人须登记在街道或社区（村）',
    en: 'A group robot is registered for a subdistrict or a community',
  },
};
