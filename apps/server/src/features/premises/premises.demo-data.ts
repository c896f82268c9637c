import type { RoomInput } from '@jishi/shared';

/**
 * Service positions of the demo subdistrict for 2015 (source report, section 一). Area: 7,700 m² in use before 2015
 * plus 3,300 m² added by projects completed in 2015 = 11,000 m²; 秦江 and 锦艺西 ≥ 2,000 m²; every community but
 * 电新街 ≥ 1,000 m² (7 of 8, 88%). The projects are paid from the community construction special fund (¥5,500,000 in
 * all). Names and amounts per community are invented demo data; only the totals come from the report.
 */
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
  },
];

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
