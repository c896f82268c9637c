import type { TemplateCreate, TemplateStageInput } from '@jishi/shared';

/**
 * The procedures every subdistrict starts with (domain.md, "Decision system"). Thresholds marked
 * "verified" come from the domain description; the others and the notice periods are assumptions
 * (docs/domain-assumptions.md).
 */
const HALF_OR_MORE = { num: 1, den: 2, op: 'gte' } as const;
const MORE_THAN_HALF_DUE = { num: 1, den: 2, op: 'gt', base: 'due' } as const;
const MORE_THAN_HALF_PRESENT = { num: 1, den: 2, op: 'gt', base: 'present' } as const;
const TWO_THIRDS = { num: 2, den: 3, op: 'gte' } as const;
export const NOTICE_DAYS = 7;

const stage = (
  s: Partial<TemplateStageInput> & Pick<TemplateStageInput, 'code' | 'name' | 'body'>,
): TemplateStageInput => ({
  quorum: null,
  pass: null,
  noticeDays: null,
  mergeableWithPrevious: false,
  ...s,
});

const TWO_PUBLICITIES = [
  stage({ code: 'resolution_notice', name: '决议公开', body: 'resolution_notice', noticeDays: NOTICE_DAYS }),
  stage({ code: 'result_notice', name: '实施结果公开', body: 'result_notice', noticeDays: NOTICE_DAYS }),
];

/** 四议两公开 (villages). */
export const FOUR_DELIBERATIONS: Omit<TemplateCreate, 'ownerUnitId'> = {
  code: 'four_deliberations',
  name: '四议两公开',
  appliesTo: 'village',
  stages: [
    stage({
      code: 'branch_proposes',
      name: '党支部会提议',
      body: 'branch_committee',
      quorum: HALF_OR_MORE,
      pass: MORE_THAN_HALF_DUE,
    }),
    stage({
      code: 'committees_discuss',
      name: '两委会商议',
      body: 'two_committees',
      quorum: HALF_OR_MORE,
      pass: MORE_THAN_HALF_DUE,
      mergeableWithPrevious: true,
    }),
    // verified: quorum ≥ 2/3 of the members, passing needs more than half of the members due to attend
    stage({
      code: 'members_review',
      name: '党员大会审议',
      body: 'members_assembly',
      quorum: TWO_THIRDS,
      pass: MORE_THAN_HALF_DUE,
    }),
    // verified: ≥ 2/3 present, passing by more than half of those present
    stage({
      code: 'villagers_resolve',
      name: '村民代表会议或村民会议决议',
      body: 'representatives_meeting',
      quorum: TWO_THIRDS,
      pass: MORE_THAN_HALF_PRESENT,
    }),
    ...TWO_PUBLICITIES,
  ],
};

/** 一征三议两公开 (communities). */
export const ONE_SOLICITATION: Omit<TemplateCreate, 'ownerUnitId'> = {
  code: 'one_solicitation',
  name: '一征三议两公开',
  appliesTo: 'community',
  stages: [
    stage({ code: 'solicit', name: '征求居民意见（一征）', body: 'solicitation' }),
    stage({
      code: 'party_proposes',
      name: '社区党组织提议',
      body: 'branch_committee',
      quorum: HALF_OR_MORE,
      pass: MORE_THAN_HALF_DUE,
    }),
    stage({
      code: 'committees_discuss',
      name: '两委会商议',
      body: 'two_committees',
      quorum: HALF_OR_MORE,
      pass: MORE_THAN_HALF_DUE,
      mergeableWithPrevious: true,
    }),
    stage({
      code: 'representatives_resolve',
      name: '居民代表会议决议',
      body: 'representatives_meeting',
      quorum: TWO_THIRDS,
      pass: MORE_THAN_HALF_PRESENT,
    }),
    ...TWO_PUBLICITIES,
  ],
};

export const STANDARD_TEMPLATES = [FOUR_DELIBERATIONS, ONE_SOLICITATION];

/** 三会三议三监督: the local meaning is not published, so these are editable starting points. */
export const STANDARD_MEETING_TYPES = ['党工委会议', '党政联席会议', '街道议事协商会议'];
export const STANDARD_SUPERVISION_ROLES = ['党员监督', '居民监督', '居务监督委员会监督'];
