/** One error catalogue: stable codes, their HTTP status and localised messages. */
export const ERRORS = {
  VALIDATION: { status: 400, zh: '提交的数据有误，请检查后重试', en: 'The submitted data is invalid' },
  BAD_FILE: {
    status: 400,
    zh: '文件无法读取，请使用下载的模板',
    en: 'The file cannot be read; use the downloadable template',
  },
  IMPORT_ROWS_INVALID: {
    status: 422,
    zh: '部分行有错误，未导入任何数据',
    en: 'Some rows have errors; nothing was imported',
  },
  UNAUTHENTICATED: { status: 401, zh: '请先登录', en: 'Please sign in' },
  AUTH_INVALID: {
    status: 401,
    zh: '用户名或密码错误，或尝试次数过多，请稍后再试',
    en: 'Wrong user name or password, or too many attempts; try again later',
  },
  AUTH_TOTP_REQUIRED: { status: 401, zh: '请输入动态验证码', en: 'Enter your one-time code' },
  AUTH_TOTP_INVALID: { status: 401, zh: '动态验证码错误', en: 'The one-time code is wrong' },
  CSRF: { status: 403, zh: '请求校验失败，请刷新页面', en: 'Request check failed; reload the page' },
  FORBIDDEN: { status: 403, zh: '您没有执行此操作的权限', en: 'You are not allowed to do this' },
  NOT_FOUND: { status: 404, zh: '记录不存在', en: 'Not found' },
  CONFLICT: { status: 409, zh: '操作与当前状态冲突', en: 'This conflicts with the current state' },
  DUPLICATE: { status: 409, zh: '记录已存在', en: 'This record already exists' },
  INVALID_MOVE: { status: 409, zh: '此结构调整不被允许', en: 'This restructuring is not allowed' },
  STAGE_ORDER: {
    status: 409,
    zh: '议事环节须按顺序进行：不能跳过环节，已通过的环节不能重复',
    en: 'Stages run in order: none may be skipped, and a passed stage is not repeated',
  },
  NOTICE_RUNNING: {
    status: 409,
    zh: '公示期尚未结束，暂不能进行下一环节',
    en: 'The notice period has not ended; the next stage must wait',
  },
  PERIOD_CLOSED: {
    status: 409,
    zh: '该月份已关账，不能登记到已关闭的期间',
    en: 'That month is closed; nothing can be dated into a closed period',
  },
  NOT_ENABLED: {
    status: 409,
    zh: '该事项尚未在本社区（村）启用',
    en: 'This power-list item is not enabled in this community',
  },
  CURRENT_PASSWORD_WRONG: { status: 400, zh: '当前密码不正确', en: 'The current password is wrong' },
  PASSWORD_WEAK: {
    status: 400,
    zh: '密码不符合要求：至少12位，且不能包含常见词或地名',
    en: 'Password too weak: at least 12 characters, no common words or place names',
  },
  PASSWORD_CONTAINS_USERNAME: {
    status: 400,
    zh: '密码不能包含用户名（不区分大小写）',
    en: 'The password must not contain the user name (in any letter case)',
  },
  PASSWORD_CHANGE_REQUIRED: {
    status: 403,
    zh: '请先修改初始密码',
    en: 'Change your one-time password first',
  },
  TOTP_ENROLMENT_REQUIRED: {
    status: 403,
    zh: '请先绑定动态验证码（双因素认证）',
    en: 'Set up your one-time codes (two-factor authentication) first',
  },
  TOTP_REQUIRED_FOR_ROLE: {
    status: 409,
    zh: '您的角色必须使用动态验证码，不能关闭',
    en: 'Your role must use one-time codes; they cannot be switched off',
  },
  AUTH_RECOVERY_CODE_INVALID: {
    status: 401,
    zh: '恢复码错误或已使用',
    en: 'The recovery code is wrong or has been used',
  },
  DUAL_CONTROL_REQUIRED: {
    status: 409,
    zh: '管理员角色账号的变更须由一名管理员提出、另一名管理员批准',
    en: 'Changes to administrator accounts must be proposed by one administrator and approved by another',
  },
  LAST_ADMIN_HOLDER: {
    status: 409,
    zh: '不能停用或调离该管理员角色的最后一名在岗人员',
    en: 'The last active holder of an administrator role cannot be disabled or moved to another role',
  },
  PROPOSAL_NOT_NEEDED: {
    status: 409,
    zh: '该账号变更无需审批，由安全管理员直接办理',
    en: 'This account change needs no approval; the security administrator makes it directly',
  },
  SELF_APPROVAL: {
    status: 409,
    zh: '不能批准自己提出的申请，也不能处理涉及自己账号的申请',
    en: 'You cannot approve your own proposal or decide on one about your own account',
  },
  OWN_ACCOUNT: {
    status: 409,
    zh: '不能通过账号管理修改自己的角色、状态、密码或动态验证码',
    en: "You cannot change your own account's role, status, password or codes through account administration",
  },
  RATE_LIMITED: { status: 429, zh: '请求过于频繁，请稍后再试', en: 'Too many requests; try again later' },
  LOOKUP_LIMITED: {
    status: 429,
    zh: '精确查询次数已达上限（每人每小时20次、每天60次），请稍后再试；如需核实身份，请联系社区书记',
    en: 'You have reached the exact look-up limit (20 an hour, 60 a day); try again later, or ask the community secretary to verify an identity',
  },
  PAYLOAD_TOO_LARGE: { status: 413, zh: '文件过大', en: 'The file is too large' },
  ATTACHMENT_LIMIT: {
    status: 409,
    zh: '照片或文件数量已达上限（每条记录最多6个）',
    en: 'This record already holds as many photos or files as it may (at most 6)',
  },
  UNSUPPORTED_FILE_TYPE: {
    status: 415,
    zh: '不支持此文件类型，请上传 JPG、PNG 或 WebP 图片',
    en: 'This file type is not accepted; upload a JPG, PNG or WebP image',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    zh: '提交内容的格式不受支持，请以 JSON 格式提交（Content-Type: application/json）',
    en: 'The request was sent in a format this address does not accept; send it as JSON (Content-Type: application/json)',
  },
  IMAGE_UNREADABLE: { status: 400, zh: '图片已损坏或无法识别', en: 'The image is damaged or cannot be read' },
  IMAGE_TOO_MANY_PIXELS: {
    status: 400,
    zh: '图片尺寸过大（最多4000万像素，长边不超过12000像素）',
    en: 'The image is too large (at most 40 megapixels, longest side 12,000 pixels)',
  },
  // party life and volunteers
  ACTIVITY_FULL: { status: 409, zh: '活动名额已满', en: 'This activity is full' },
  SIGNUP_STATE: {
    status: 409,
    zh: '当前报名状态不允许此操作（须依次签到、签退、记录时长、审核）',
    en: 'Not allowed in this sign-up state (check in, check out, record, verify — in that order)',
  },
  NO_PROFILE: {
    status: 409,
    zh: '尚未登记为志愿者或党员，请先报到登记',
    en: 'You are not registered as a volunteer or Party member yet; register first',
  },
  NO_VERIFIED_HOURS: {
    status: 409,
    zh: '还没有经过审核的服务时长，暂不能开具证书',
    en: 'No verified service hours yet; no certificate can be issued',
  },
  // residents' portal
  PORTAL_CODE_INVALID: {
    status: 400,
    zh: '验证码错误或已过期，请重新获取',
    en: 'The code is wrong or has expired; ask for a new one',
  },
  INTERNAL: { status: 500, zh: '系统繁忙，请稍后再试', en: 'Something went wrong; try again later' },
  // database availability
  DATABASE_BUSY: {
    status: 503,
    zh: '数据库正被其他任务占用，本次操作未保存，请稍候几秒再试',
    en: 'The database is busy with another task; nothing was saved. Try again in a few seconds',
  },
  DATABASE_DAMAGED: {
    status: 503,
    zh: '数据库启动检查未通过，系统暂停服务，请联系系统管理员',
    en: 'The database failed its start-up check; the service is paused. Contact the system administrator',
  },
  // grid governance
  REPORT_LOCKED: {
    status: 409,
    zh: '日报只能在当天更正，之后已锁定',
    en: 'A daily report can be corrected only on its own day; it is now locked',
  },
  NO_POST: {
    status: 409,
    zh: '您在该网格没有矛盾排查专员岗位，不能报送日报',
    en: 'You hold no dispute screening post in this grid, so you cannot file its report',
  },
  CASE_TRANSITION: {
    status: 409,
    zh: '当前状态或层级下不能进行此操作',
    en: "This action is not allowed in the case's current state or level",
  },
  // services
  SLOT_TAKEN: {
    status: 409,
    zh: '该时段已被预约，请选择其他时段',
    en: 'That time slot is already booked; choose another',
  },
  ROOM_NOT_BOOKABLE: { status: 409, zh: '该功能室不对外预约', en: 'This room cannot be booked' },
  OVER_BUDGET: {
    status: 409,
    zh: '支出超出拨款额度，须先经超预算审批',
    en: 'The expenditure exceeds the allocation; an over-budget approval is needed first',
  },
} as const;

export type ErrorCode = keyof typeof ERRORS;
export type Lang = 'zh-CN' | 'en';

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  issues?: { path: string; message: string }[];
  rows?: { row: number; errors: string[] }[];
}

export function errorMessage(code: ErrorCode, lang: Lang): string {
  const e = ERRORS[code];
  return lang === 'en' ? e.en : e.zh;
}
