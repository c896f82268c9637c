import { DEMO_MARK } from '../../seed/demo-subdistrict.ts';

/** The demo communities' service brands and honours (source report, section 五; invented details marked 演示). */
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
