/** One error catalogue: stable codes, their HTTP status and localised messages. */
export const ERRORS = {
  VALIDATION: { status: 400, zh: '提交的数据有误，请检查后重试', en: 'The submitted data is invalid' },
  BAD_FILE: { status: 400, zh: '文件无法读取，请使用下载的模板', en: 'The file cannot be read; use the downloadable template' },
  IMPORT_ROWS_INVALID: { status: 422, zh: '部分行有错误，未导入任何数据', en: 'Some rows have errors; nothing was imported' },
  UNAUTHENTICATED: { status: 401, zh: '请先登录', en: 'Please sign in' },
  AUTH_INVALID: { status: 401, zh: '用户名或密码错误，或尝试次数过多，请稍后再试', en: 'Wrong user name or password, or too many attempts; try again later' },
  AUTH_TOTP_REQUIRED: { status: 401, zh: '请输入动态验证码', en: 'Enter your one-time code' },
  AUTH_TOTP_INVALID: { status: 401, zh: '动态验证码错误', en: 'The one-time code is wrong' },
  CSRF: { status: 403, zh: '请求校验失败，请刷新页面', en: 'Request check failed; reload the page' },
  FORBIDDEN: { status: 403, zh: '您没有执行此操作的权限', en: 'You are not allowed to do this' },
  NOT_FOUND: { status: 404, zh: '记录不存在', en: 'Not found' },
  CONFLICT: { status: 409, zh: '操作与当前状态冲突', en: 'This conflicts with the current state' },
  DUPLICATE: { status: 409, zh: '记录已存在', en: 'This record already exists' },
  INVALID_MOVE: { status: 409, zh: '此结构调整不被允许', en: 'This restructuring is not allowed' },
  STAGE_ORDER: { status: 409, zh: '议事环节须按顺序进行：不能跳过环节，已通过的环节不能重复', en: 'Stages run in order: none may be skipped, and a passed stage is not repeated' },
  NOTICE_RUNNING: { status: 409, zh: '公示期尚未结束，暂不能进行下一环节', en: 'The notice period has not ended; the next stage must wait' },
  PERIOD_CLOSED: { status: 409, zh: '该月份已关账，不能登记到已关闭的期间', en: 'That month is closed; nothing can be dated into a closed period' },
  NOT_ENABLED: { status: 409, zh: '该事项尚未在本社区（村）启用', en: 'This power-list item is not enabled in this community' },
  CURRENT_PASSWORD_WRONG: { status: 400, zh: '当前密码不正确', en: 'The current password is wrong' },
  PASSWORD_WEAK: { status: 400, zh: '密码不符合要求：至少12位，且不能包含常见词或地名', en: 'Password too weak: at least 12 characters, no common words or place names' },
  RATE_LIMITED: { status: 429, zh: '请求过于频繁，请稍后再试', en: 'Too many requests; try again later' },
  PAYLOAD_TOO_LARGE: { status: 413, zh: '文件过大', en: 'The file is too large' },
  // residents' portal (issue 8)
  PORTAL_CODE_INVALID: { status: 400, zh: '验证码错误或已过期，请重新获取', en: 'The code is wrong or has expired; ask for a new one' },
  INTERNAL: { status: 500, zh: '系统繁忙，请稍后再试', en: 'Something went wrong; try again later' },
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
