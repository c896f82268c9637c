/**
 * The demo subdistrict as the source report describes it for 2015 (秦岭路街道, 中原区, 郑州).
 * Community names and codes are the national statistical division codes (410102004003–010);
 * the two former small communities merged in 2015 and every person are invented demo data.
 */
export const SUBDISTRICT = { name: '秦岭路街道', code: '410102004', validFrom: '2010-01-01' };

export interface DemoCommunity {
  name: string;
  code: string | null;
  kind: 'community' | 'village';
  grids: number;
  partyOrg: 'party_committee' | 'general_branch';
  extraBranches?: { name: string; category: 'floating' | 'enterprise' | 'social_org' }[];
}

export const COMMUNITIES: DemoCommunity[] = [
  { name: '六厂前街社区', code: '410102004003', kind: 'community', grids: 4, partyOrg: 'general_branch' },
  { name: '建西社区', code: '410102004004', kind: 'community', grids: 4, partyOrg: 'general_branch' },
  { name: '电新街社区', code: '410102004005', kind: 'community', grids: 4, partyOrg: 'general_branch' },
  { name: '杜康社区', code: '410102004006', kind: 'community', grids: 4, partyOrg: 'general_branch' },
  {
    name: '秦江社区',
    code: '410102004007',
    kind: 'community',
    grids: 4,
    partyOrg: 'party_committee',
    extraBranches: [
      { name: '秦江社区流动党员党支部', category: 'floating' },
      { name: '秦江社区非公企业党支部', category: 'enterprise' },
    ],
  },
  { name: '金源社区', code: '410102004008', kind: 'community', grids: 4, partyOrg: 'general_branch' },
  {
    name: '锦艺东社区',
    code: '410102004009',
    kind: 'community',
    grids: 4,
    partyOrg: 'general_branch',
    extraBranches: [{ name: '锦艺东社区社会组织党支部', category: 'social_org' }],
  },
  { name: '锦艺西社区', code: '410102004010', kind: 'community', grids: 4, partyOrg: 'party_committee' },
  { name: '南寨村', code: null, kind: 'village', grids: 3, partyOrg: 'general_branch' },
];

/** 10 small communities became 8 large ones: two invented former communities, merged on this date. */
export const MERGE_DATE = '2015-03-01';
export const FORMER_COMMUNITIES = [
  { name: '原秦江东社区（演示）', into: '秦江社区', grids: 2 },
  { name: '原锦艺南社区（演示）', into: '锦艺西社区', grids: 2 },
];

export const GRID_ORDINALS = ['第一', '第二', '第三', '第四', '第五', '第六'];

/** 40 sunk cadres spread over the 9 communities and the village; 27 agency staff stay at the office (40/67 ≈ 60%). */
export const SUNK_CADRES_PER_UNIT = [5, 5, 5, 5, 4, 4, 4, 4, 4];
export const OFFICE_AGENCY_STAFF = 27;
export const WORKERS_PER_UNIT = 22;

/** Appended to invented names and texts so nobody takes demo data for real records. */
export const DEMO_MARK = '（演示）';
