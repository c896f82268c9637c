import { DEMO_MARK } from '../../seed/demo-subdistrict.ts';

/** Providers placed in the demo communities' service centres (invented, marked 演示), each offering one service. */
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
