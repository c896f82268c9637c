/**
 * Demo power list (权力清单) for community and village management and convenience services: 22 items,
 * invented in the shape such lists take (演示 — to be replaced by the subdistrict's own list). Step tuples
 * are [name, actor post, output document, time limit in calendar days from the previous step].
 */
type Step = [string, string, string, number];
export interface DemoItem {
  code: string;
  name: string;
  category: 'public_power' | 'convenience_service' | 'negative_list';
  basis: string;
  subject: string;
  post: string;
  steps: Step[];
  limit: number;
  disclosure: [string, number] | null;
  incompatible: [number, number][];
}

const DEMO = '（演示）';
const LAW_VILLAGE = '《中华人民共和国村民委员会组织法》';
const LAW_RESIDENT = '《中华人民共和国城市居民委员会组织法》';
const RELIEF = '《社会救助暂行办法》';
const FOUR = (what: string): Step[] => [
  ['党组织提议', '党组织书记', `${what}提议书`, 3],
  ['两委会商议', '两委成员', '商议记录', 5],
  ['党员大会审议', '党组织书记', '审议记录', 7],
  ['居（村）民代表会议决议', '居（村）委会主任', '决议书', 7],
  ['实施', '经办人', '实施台账', 20],
];

export const DEMO_POWER_ITEMS: DemoItem[] = [
  {
    code: 'PL-01',
    name: '集体资产处置',
    category: 'public_power',
    basis: `${LAW_VILLAGE}第二十四条`,
    subject: '村（居）委会',
    post: '主任',
    steps: [...FOUR('资产处置'), ['结果公开', '监督委员会', '公开记录', 3]],
    limit: 60,
    disclosure: ['处置方式、价格、受让方', 7],
    incompatible: [[1, 5]],
  },
  {
    code: 'PL-02',
    name: '大额资金使用（5万元以上）',
    category: 'public_power',
    basis: '《村级财务管理规定》',
    subject: '村（居）委会',
    post: '主任',
    steps: [
      ['用款申请', '经办人', '用款申请单', 2],
      ['两委会审议', '两委成员', '审议记录', 5],
      ['代表会议决议', '主任', '决议书', 7],
      ['街道审核', '街道财政所', '审核意见', 5],
      ['支付', '报账员', '支付凭证', 3],
    ],
    limit: 30,
    disclosure: ['资金用途、金额、收款方', 7],
    incompatible: [
      [1, 5],
      [1, 4],
    ],
  },
  {
    code: 'PL-03',
    name: '最低生活保障申请审核',
    category: 'public_power',
    basis: `${RELIEF}第十一条`,
    subject: '社区（村）',
    post: '民政专干',
    steps: [
      ['申请受理', '民政专干', '受理登记表', 2],
      ['入户调查', '调查人员（两人以上）', '入户调查表', 10],
      ['民主评议', '评议小组', '评议记录', 7],
      ['审核上报', '社区书记', '审核意见表', 3],
    ],
    limit: 30,
    disclosure: ['申请人姓名（不含证件号）、保障金额', 7],
    incompatible: [
      [1, 4],
      [2, 4],
    ],
  },
  {
    code: 'PL-04',
    name: '临时救助申请审核',
    category: 'public_power',
    basis: `${RELIEF}第四十七条`,
    subject: '社区（村）',
    post: '民政专干',
    steps: [
      ['申请受理', '民政专干', '受理登记表', 1],
      ['核实情况', '网格员', '核实记录', 3],
      ['审核上报', '社区书记', '审核意见表', 2],
    ],
    limit: 10,
    disclosure: ['救助对象、救助金额', 7],
    incompatible: [[1, 3]],
  },
  {
    code: 'PL-05',
    name: '困难群众补助发放',
    category: 'public_power',
    basis: '《特困人员认定办法》',
    subject: '社区（村）',
    post: '民政专干',
    steps: [
      ['名单核对', '民政专干', '补助名单', 3],
      ['公示', '居务监督委员会', '公示记录', 7],
      ['发放', '报账员', '发放签收表', 5],
    ],
    limit: 20,
    disclosure: ['补助对象、标准', 7],
    incompatible: [[1, 3]],
  },
  {
    code: 'PL-06',
    name: '住房困难及拆迁安置证明',
    category: 'public_power',
    basis: '《国有土地上房屋征收与补偿条例》',
    subject: '社区（村）',
    post: '主任',
    steps: [
      ['申请受理', '综合窗口', '受理单', 1],
      ['入户核实', '网格员', '核实记录', 5],
      ['集体研究', '两委成员', '会议记录', 5],
      ['出具证明', '主任', '证明文书', 2],
    ],
    limit: 15,
    disclosure: ['安置对象、面积', 5],
    incompatible: [[2, 4]],
  },
  {
    code: 'PL-07',
    name: '印章使用管理',
    category: 'negative_list',
    basis: '《基层组织印章管理规定》',
    subject: '社区（村）',
    post: '书记',
    steps: [
      ['用印申请', '经办人', '用印登记表', 1],
      ['审批', '书记', '审批签字', 1],
      ['用印登记', '印章保管人', '用印台账', 1],
    ],
    limit: 3,
    disclosure: null,
    incompatible: [
      [1, 2],
      [2, 3],
    ],
  },
  {
    code: 'PL-08',
    name: '工程项目与物资采购',
    category: 'public_power',
    basis: '《中华人民共和国招标投标法》',
    subject: '社区（村）',
    post: '主任',
    steps: [
      ['需求提出', '经办人', '需求说明', 3],
      ['两委会审议', '两委成员', '审议记录', 5],
      ['比选或招标', '采购小组', '比选记录', 15],
      ['合同签订', '主任', '合同', 5],
      ['验收', '验收小组', '验收报告', 10],
    ],
    limit: 60,
    disclosure: ['项目、中标方、金额', 7],
    incompatible: [
      [3, 5],
      [1, 3],
    ],
  },
  {
    code: 'PL-09',
    name: '公益性岗位安排',
    category: 'public_power',
    basis: '《就业促进法》及公益性岗位管理办法',
    subject: '社区（村）',
    post: '劳动保障专干',
    steps: [
      ['发布岗位', '劳动保障专干', '岗位公告', 2],
      ['报名登记', '综合窗口', '报名表', 7],
      ['资格审核', '审核小组', '审核记录', 5],
      ['确定人选', '两委成员', '会议记录', 3],
    ],
    limit: 25,
    disclosure: ['拟聘人员、岗位', 5],
    incompatible: [[3, 4]],
  },
  {
    code: 'PL-10',
    name: '志愿服务岗位分配',
    category: 'convenience_service',
    basis: '《志愿服务条例》',
    subject: '社区（村）',
    post: '志愿服务站站长',
    steps: [
      ['岗位发布', '站长', '岗位清单', 2],
      ['报名', '志愿者', '报名记录', 5],
      ['分配', '站长', '分配表', 2],
    ],
    limit: 10,
    disclosure: ['岗位分配结果', 3],
    incompatible: [],
  },
  {
    code: 'PL-11',
    name: '居民证明开具',
    category: 'convenience_service',
    basis: '《关于改进和规范基层群众性自治组织出具证明工作的指导意见》',
    subject: '社区（村）',
    post: '综合窗口',
    steps: [
      ['受理', '综合窗口', '受理登记', 0],
      ['核实', '网格员', '核实记录', 2],
      ['出具', '综合窗口', '证明文书', 1],
    ],
    limit: 3,
    disclosure: null,
    incompatible: [],
  },
  {
    code: 'PL-12',
    name: '计划生育服务认定',
    category: 'convenience_service',
    basis: '《人口与计划生育法》',
    subject: '社区（村）',
    post: '计生专干',
    steps: [
      ['受理', '计生专干', '受理单', 1],
      ['核实', '网格员', '核实记录', 5],
      ['认定上报', '社区书记', '认定表', 3],
    ],
    limit: 10,
    disclosure: ['认定对象', 5],
    incompatible: [[1, 3]],
  },
  {
    code: 'PL-13',
    name: '养老服务补贴认定',
    category: 'convenience_service',
    basis: '《老年人权益保障法》',
    subject: '社区（村）',
    post: '民政专干',
    steps: [
      ['申请受理', '民政专干', '申请表', 1],
      ['评估', '评估员', '评估报告', 10],
      ['审核上报', '社区书记', '审核表', 3],
    ],
    limit: 20,
    disclosure: ['补贴对象、等级', 7],
    incompatible: [[1, 3]],
  },
  {
    code: 'PL-14',
    name: '残疾人两项补贴审核',
    category: 'public_power',
    basis: '《残疾人权益保障法》',
    subject: '社区（村）',
    post: '残协专干',
    steps: [
      ['申请受理', '残协专干', '申请表', 1],
      ['核实', '网格员', '核实记录', 5],
      ['审核上报', '社区书记', '审核表', 3],
    ],
    limit: 15,
    disclosure: ['补贴对象、金额', 7],
    incompatible: [[1, 3]],
  },
  {
    code: 'PL-15',
    name: '集体资源发包与租赁',
    category: 'public_power',
    basis: `${LAW_VILLAGE}第二十四条`,
    subject: '村委会',
    post: '主任',
    steps: FOUR('发包租赁'),
    limit: 50,
    disclosure: ['承包（租赁）方、价格、期限', 7],
    incompatible: [[1, 5]],
  },
  {
    code: 'PL-16',
    name: '集体收益分配',
    category: 'public_power',
    basis: `${LAW_VILLAGE}第二十四条`,
    subject: '村委会',
    post: '主任',
    steps: FOUR('收益分配'),
    limit: 50,
    disclosure: ['分配方案、金额', 7],
    incompatible: [[1, 5]],
  },
  {
    code: 'PL-17',
    name: '宅基地及建房申请初审',
    category: 'public_power',
    basis: '《土地管理法》第六十二条',
    subject: '村委会',
    post: '主任',
    steps: [
      ['申请受理', '综合窗口', '申请表', 1],
      ['现场勘查', '两委成员', '勘查记录', 7],
      ['村民代表会议讨论', '主任', '会议记录', 10],
      ['公示及上报', '主任', '公示记录', 7],
    ],
    limit: 30,
    disclosure: ['申请人、位置、面积', 7],
    incompatible: [[2, 4]],
  },
  {
    code: 'PL-18',
    name: '村（居）务公开',
    category: 'public_power',
    basis: `${LAW_RESIDENT}及村务公开规定`,
    subject: '社区（村）',
    post: '书记',
    steps: [
      ['内容审核', '居务监督委员会', '审核意见', 3],
      ['公开', '经办人', '公开记录', 2],
    ],
    limit: 7,
    disclosure: ['公开内容', 0],
    incompatible: [[1, 2]],
  },
  {
    code: 'PL-19',
    name: '社区服务用房使用安排',
    category: 'convenience_service',
    basis: '社区服务用房管理办法',
    subject: '社区',
    post: '主任',
    steps: [
      ['申请', '使用单位', '申请表', 1],
      ['审批', '主任', '审批单', 2],
      ['登记', '经办人', '使用登记', 1],
    ],
    limit: 5,
    disclosure: null,
    incompatible: [[1, 2]],
  },
  {
    code: 'PL-20',
    name: '党员发展推荐',
    category: 'public_power',
    basis: '《中国共产党发展党员工作细则》',
    subject: '党组织',
    post: '党组织书记',
    steps: [
      ['推荐入党积极分子', '党员', '推荐表', 5],
      ['支委会研究', '支委成员', '研究记录', 10],
      ['公示', '党组织', '公示记录', 7],
      ['报上级党委', '党组织书记', '报告', 5],
    ],
    limit: 40,
    disclosure: ['发展对象名单', 5],
    incompatible: [[1, 2]],
  },
  {
    code: 'PL-21',
    name: '矛盾纠纷调解',
    category: 'convenience_service',
    basis: '《人民调解法》',
    subject: '人民调解委员会',
    post: '调解主任',
    steps: [
      ['受理', '调解员', '受理登记', 1],
      ['调查', '调解员', '调查记录', 5],
      ['调解', '调解主任', '调解协议书', 10],
    ],
    limit: 30,
    disclosure: null,
    incompatible: [],
  },
  {
    code: 'PL-22',
    name: '不得违规出具证明（负面清单）',
    category: 'negative_list',
    basis: '《关于改进和规范基层群众性自治组织出具证明工作的指导意见》',
    subject: '社区（村）',
    post: '书记',
    steps: [
      ['受理审查', '综合窗口', '审查记录', 1],
      ['书记审核', '书记', '审核意见', 2],
    ],
    limit: 5,
    disclosure: null,
    incompatible: [[1, 2]],
  },
];

export const DEMO_MARK = DEMO;
export const RISK_POINTS: Record<DemoItem['category'], string[]> = {
  public_power: ['程序不全、先办后议', '优亲厚友、暗箱操作', '未按规定公开'],
  convenience_service: ['推诿拖延、超时办理', '吃拿卡要'],
  negative_list: ['越权办理', '一人包办'],
};
export const ACCOUNTABILITY =
  '违反程序或时限的，由街道纪检监察室约谈提醒；造成损失或不良影响的，依规依纪追究相关人员责任。';
export const PILOTS = ['南寨村', '秦江社区'];
/** Beyond the pilots: a few items already rolled out elsewhere. */
export const EARLY_ROLLOUT: Record<string, string[]> = {
  锦艺东社区: ['PL-03', 'PL-07', 'PL-11'],
  金源社区: ['PL-07', 'PL-11'],
  建西社区: ['PL-11'],
};
