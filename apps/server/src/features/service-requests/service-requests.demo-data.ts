/** The demo subdistrict's service catalogue (source report, section 五): the "6+1" platform and featured services. */

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
