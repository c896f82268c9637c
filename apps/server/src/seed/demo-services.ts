import type { RoomInput } from '@jishi/shared';

/**
 * Service positions, funds, services and brands of the demo subdistrict for 2015 (source report, sections 一 and 五).
 * Area: 7,700 m² in use before 2015 plus 3,300 m² added by projects completed in 2015 = 11,000 m²; 秦江 and 锦艺西
 * ≥ 2,000 m²; every community but 电新街 ≥ 1,000 m² (7 of 8, 88%). Funds 2015: community construction special fund
 * ¥5,500,000; Party-building special fund ¥920,000 ("90余万"). Names of premises, providers and amounts per community
 * are invented demo data; only the totals come from the report.
 */
export const DEMO_MARK = '（演示）';

export interface DemoPremises {
  community: string;
  name: string;
  baseM2: number;
  obtained: 'built_with_housing' | 'joint_build' | 'rebuilt' | 'other';
  inUseFrom: string;
  /** A project completed in 2015 adding this area (0: none). */
  added2015: number;
  completedOn: string;
  constructionFen: number;
  partyFen: number;
}

export const DEMO_PREMISES: DemoPremises[] = [
  {
    community: '秦江社区',
    name: '秦江社区党群服务中心',
    baseM2: 1600,
    obtained: 'joint_build',
    inUseFrom: '2012-07-01',
    added2015: 600,
    completedOn: '2015-09-30',
    constructionFen: 900_000_00,
    partyFen: 120_000_00,
  },
  {
    community: '锦艺西社区',
    name: '锦艺西社区综合服务中心',
    baseM2: 1500,
    obtained: 'built_with_housing',
    inUseFrom: '2013-05-01',
    added2015: 550,
    completedOn: '2015-10-20',
    constructionFen: 850_000_00,
    partyFen: 110_000_00,
  },
  {
    community: '六厂前街社区',
    name: '六厂前街社区服务中心',
    baseM2: 650,
    obtained: 'rebuilt',
    inUseFrom: '2011-03-01',
    added2015: 700,
    completedOn: '2015-08-15',
    constructionFen: 800_000_00,
    partyFen: 110_000_00,
  },
  {
    community: '锦艺东社区',
    name: '锦艺东社区服务中心',
    baseM2: 800,
    obtained: 'built_with_housing',
    inUseFrom: '2013-09-01',
    added2015: 450,
    completedOn: '2015-06-30',
    constructionFen: 700_000_00,
    partyFen: 110_000_00,
  },
  {
    community: '金源社区',
    name: '金源社区服务中心',
    baseM2: 700,
    obtained: 'joint_build',
    inUseFrom: '2012-01-01',
    added2015: 450,
    completedOn: '2015-11-10',
    constructionFen: 650_000_00,
    partyFen: 110_000_00,
  },
  {
    community: '建西社区',
    name: '建西社区服务中心',
    baseM2: 1000,
    obtained: 'rebuilt',
    inUseFrom: '2010-10-01',
    added2015: 250,
    completedOn: '2015-07-20',
    constructionFen: 550_000_00,
    partyFen: 110_000_00,
  },
  {
    community: '杜康社区',
    name: '杜康社区服务中心',
    baseM2: 900,
    obtained: 'rebuilt',
    inUseFrom: '2011-06-01',
    added2015: 300,
    completedOn: '2015-09-01',
    constructionFen: 550_000_00,
    partyFen: 110_000_00,
  },
  {
    community: '电新街社区',
    name: '电新街社区服务站',
    baseM2: 550,
    obtained: 'other',
    inUseFrom: '2009-12-01',
    added2015: 0,
    completedOn: '',
    constructionFen: 500_000_00,
    partyFen: 100_000_00,
  },
];
/** 南寨村 (urban village under relocation) receives Party-building funds only. */
export const VILLAGE_PARTY_FEN = 40_000_00;

export const DEMO_ROOMS: RoomInput[] = [
  { name: '一站式服务大厅', kind: 'service_hall', capacity: 60, bookable: false, needsApproval: false },
  { name: '多功能会议室', kind: 'meeting', capacity: 50, bookable: true, needsApproval: true },
  { name: '舞蹈室', kind: 'dance', capacity: 30, bookable: true, needsApproval: false },
  { name: '健身室', kind: 'fitness', capacity: 20, bookable: true, needsApproval: false },
  { name: '儿童乐园', kind: 'children', capacity: 25, bookable: false, needsApproval: false },
  { name: '多媒体室', kind: 'multimedia', capacity: 40, bookable: true, needsApproval: false },
  { name: '党员活动室', kind: 'party_activity', capacity: 40, bookable: true, needsApproval: true },
  { name: '日间照料站', kind: 'day_care', capacity: 30, bookable: false, needsApproval: false },
];

/** The "6+1" life-service platform: six life services and one Party-member volunteer service (contents are the community's to fill in). */
export const SIX_PLUS_ONE: {
  code: string;
  name: string;
  category: 'housekeeping' | 'elderly' | 'repair' | 'health' | 'legal' | 'employment' | 'party_service';
  hours: number;
}[] = [
  { code: 'HOUSE', name: '家政服务', category: 'housekeeping', hours: 48 },
  { code: 'ELDER', name: '助老服务', category: 'elderly', hours: 24 },
  { code: 'REPAIR', name: '维修服务', category: 'repair', hours: 48 },
  { code: 'HEALTH', name: '医疗保健', category: 'health', hours: 72 },
  { code: 'LEGAL', name: '法律咨询', category: 'legal', hours: 72 },
  { code: 'JOB', name: '就业服务', category: 'employment', hours: 120 },
  { code: 'PARTY', name: '党员志愿服务', category: 'party_service', hours: 72 },
];
export const COMMUNITY_CODES: Record<string, string> = {
  秦江社区: 'QJ',
  锦艺西社区: 'JYX',
  六厂前街社区: 'LCQ',
  锦艺东社区: 'JYD',
  金源社区: 'JY',
  建西社区: 'JX',
  杜康社区: 'DK',
  电新街社区: 'DXJ',
};

/** Featured services the report names; who runs 红网先锋 is not said (assumed here: 锦艺西). */
export const FEATURED = [
  {
    community: '锦艺东社区',
    code: 'JYD-RAINBOW',
    name: '七色彩虹服务',
    programme: '七色彩虹',
    description: '以七种颜色对应七类志愿服务（演示内容，由社区填写）',
  },
  {
    community: '秦江社区',
    code: 'QJ-GUANGHE',
    name: '光合+行动',
    programme: '光合+',
    description: '党员带动居民参与的公益行动（演示内容，由社区填写）',
  },
  {
    community: '锦艺西社区',
    code: 'JYX-REDNET',
    name: '红网先锋',
    programme: '红网先锋',
    description: '网格党员先锋服务（演示内容，由社区填写）',
  },
  {
    community: '秦江社区',
    code: 'QJ-REPSTUDIO',
    name: '党代表工作室接待',
    programme: '党代表工作室',
    description: '党代表定期接待居民，收集意见建议',
  },
];

export const BRANDS = [
  {
    community: '锦艺东社区',
    name: '七色彩虹',
    story: '锦艺东社区以“七色彩虹”为服务品牌，七种颜色对应七类服务（演示）。',
    activities: ['红色党建引领', '橙色助老', '黄色助学', '绿色环保', '青色文体', '蓝色法律', '紫色心理'],
  },
  {
    community: '秦江社区',
    name: '光合+',
    story: '秦江社区“光合+”行动：党员像阳光一样带动居民共同参与（演示）。',
    activities: ['光合+志愿服务', '光合+邻里节'],
  },
  {
    community: '金源社区',
    name: '安全和谐社区建设',
    story: '金源社区以安全和谐为特色开展社区建设（演示）。',
    activities: ['平安巡逻', '消防演练'],
  },
];

export const HONOURS = [
  {
    community: '秦江社区',
    title: '服务型党组织示范点',
    kind: 'demonstration_site' as const,
    holder: '秦江社区党委',
    conferredBy: `市委组织部${DEMO_MARK}`,
    conferredOn: '2015-07-01',
  },
  {
    community: '锦艺东社区',
    title: '公益性社会组织示范点',
    kind: 'demonstration_site' as const,
    holder: '晚晴山庄日间照料站',
    conferredBy: `市民政局${DEMO_MARK}`,
    conferredOn: '2015-10-01',
  },
];

export const PROVIDERS = [
  {
    community: '秦江社区',
    name: `夕阳红居家养老服务中心${DEMO_MARK}`,
    kind: 'elderly_care' as const,
    room: '日间照料站',
    service: { code: 'QJ-MEAL', name: '老年助餐', priceFen: 800 },
  },
  {
    community: '锦艺东社区',
    name: `晚晴山庄日间照料站${DEMO_MARK}`,
    kind: 'elderly_care' as const,
    room: '日间照料站',
    service: { code: 'JYD-DAYCARE', name: '日间照料', priceFen: 1500 },
  },
  {
    community: '锦艺西社区',
    name: `安心家政服务社${DEMO_MARK}`,
    kind: 'housekeeping' as const,
    room: '多功能会议室',
    service: { code: 'JYX-CLEAN', name: '家庭保洁', priceFen: 3000 },
  },
];
