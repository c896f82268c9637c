/**
 * Demo deliberation-hall data (invented, marked 演示): topics a community's residents raise, and
 * how many problems each hall solved in 2015 (8 communities × 13 + 南寨 × 8 = 112, "110余项").
 */
export const COMMUNITY_TOPICS = [
  '楼院加装电梯',
  '老旧小区雨污管网改造',
  '楼院停车秩序整治',
  '增设非机动车充电棚',
  '垃圾分类投放点设置',
  '背街小巷路灯维修',
  '小区绿化补植',
  '楼道堆放杂物清理',
  '日间照料站助餐服务',
  '健身器材更新',
  '化粪池清掏',
  '屋面防水维修',
  '单元门禁安装',
  '广场舞噪音协调',
  '流动摊贩疏导',
  '公共厕所改造',
  '小区监控补盲',
];
export const VILLAGE_TOPICS = [
  '拆迁安置房分配方案',
  '村集体资产租赁',
  '村道硬化',
  '安置过渡费发放标准',
  '村集体收益分配',
  '村民活动中心修缮',
  '老年人补贴发放',
  '村内排水沟疏浚',
];

export const SOLVED_2015_PER_COMMUNITY = 13;
export const SOLVED_2015_PER_VILLAGE = 8;
export const DEMO_SUFFIX = '（演示）';

export const DEMO_PROPOSALS = [
  { title: '3号院门口增设减速带', content: '3号院门口车辆进出速度快，老人孩子出行不安全，建议增设减速带和警示牌。' },
  { title: '社区广场增设休息座椅', content: '广场晚上散步的老人多，座椅太少，建议增加几组带靠背的座椅。' },
];

export const SUBDISTRICT_MEETINGS_2015 = [
  {
    type: '党工委会议',
    title: '2015年第6次党工委会议（演示）',
    heldOn: '2015-06-12',
    place: '街道办三楼会议室',
    agenda: [
      {
        title: '社区服务用房"三个优先"建设项目安排',
        decisions: [
          { content: '秦江、锦艺西社区服务用房改扩建项目优先排期', owner: '社区建设科', dueOn: '2015-09-30' },
        ],
      },
      {
        title: '社区建设专项经费分配方案',
        decisions: [{ content: '按各社区服务人口分配专项经费，报区财政备案', owner: '财政所', dueOn: '2015-07-31' }],
      },
    ],
  },
  {
    type: '党政联席会议',
    title: '2015年第3次党政联席会议（演示）',
    heldOn: '2015-09-08',
    place: '街道办三楼会议室',
    agenda: [
      {
        title: '南寨村拆迁安置工作推进',
        decisions: [
          { content: '成立"拆迁不离党"临时党支部，每周通报进度', owner: '南寨村党总支', dueOn: '2015-10-31' },
        ],
      },
    ],
  },
];
