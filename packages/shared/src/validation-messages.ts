/** Messages for the custom validation keys used in the shared schemas. */
export const VALIDATION_MESSAGES: Record<string, { zh: string; en: string }> = {
  'validation.idNumber': { zh: '身份证号码无效（须为18位且校验位正确）', en: 'Invalid ID number (18 characters with a valid check digit)' },
  'validation.mobile': { zh: '手机号码无效（须为11位大陆手机号）', en: 'Invalid mobile number (11-digit mainland number)' },
  'validation.regionCode': { zh: '行政区划代码无效', en: 'Invalid region code' },
  'validation.nul': { zh: '内容含有不允许的控制字符', en: 'The text contains a forbidden control character' },
  'validation.reason': { zh: '请填写至少4个字的理由', en: 'Give a reason of at least 4 characters' },
  'validation.parentKind': { zh: '上级节点类型不匹配', en: 'The parent is of the wrong kind' },
  'validation.effectiveDate': { zh: '生效日期不能早于上一次调整', en: 'The effective date cannot precede the last change' },
};
