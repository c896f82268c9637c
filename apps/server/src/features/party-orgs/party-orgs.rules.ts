/** Pure rules of the Party organisation tree (党工委 → 党委/党总支 → 党支部 → 党小组). */
export type PartyOrgKind = 'working_committee' | 'party_committee' | 'general_branch' | 'branch' | 'group';

const CHILD_KINDS: Record<PartyOrgKind, readonly PartyOrgKind[]> = {
  working_committee: ['party_committee', 'general_branch', 'branch'],
  party_committee: ['general_branch', 'branch'],
  general_branch: ['branch'],
  branch: ['group'],
  group: [],
};

export const canHoldChildOrg = (parent: PartyOrgKind, child: PartyOrgKind): boolean =>
  CHILD_KINDS[parent].includes(child);
/** Only branches carry a category (community, village, floating, enterprise, grid, agency, social organisation). */
export const needsCategory = (kind: PartyOrgKind): boolean => kind === 'branch';
