import dayjs from 'dayjs';

/** Option lists shown in forms and tags (labels come from the module's translations). */
export const ORG_LIFE_KIND_KEYS = [
  'members_assembly',
  'committee_meeting',
  'group_meeting',
  'party_lecture',
  'theme_day',
  'democratic_life',
  'org_life_meeting',
] as const;
export const TRAINING_KIND_KEYS = ['pre_job', 'in_service', 'meeting_as_training', 'study_visit', 'business'] as const;
export const THEME_KEYS = ['dangqi_hong', 'xiyang_mei', 'chaiqian_budang', 'danghui_zhongyuan', 'other'] as const;
export const HELPER_ROLE_KEYS = ['leader', 'branch_secretary', 'cadre'] as const;
export const TARGET_KIND_KEYS = ['needy_resident', 'household', 'unit', 'service_object'] as const;
export const CONTACT_KIND_KEYS = ['visit', 'call', 'help'] as const;
export const GRADE_KEYS = ['excellent', 'good', 'fair', 'poor'] as const;

export const options = (keys: readonly string[], t: (k: string) => string, prefix: string) =>
  keys.map((k) => ({ value: k, label: t(`${prefix}.${k}`) }));
export const hours = (minutes: number) => (minutes / 60).toFixed(1);
/** A date picker's value as the API's YYYY-MM-DD (anything else is passed on for the schema to reject). */
export const dateOf = (v: unknown) => (dayjs.isDayjs(v) ? v.format('YYYY-MM-DD') : v);
