import type { PartyOrg } from './party-org-api.ts';

type Kind = PartyOrg['kind'];
export type ChildOrgKind = Exclude<Kind, 'working_committee'>;

/** 党工委 → 党委/党总支/党支部 → 党总支/党支部 → 党支部 → 党小组. */
export const CHILD_ORG_KINDS: Record<Kind, readonly ChildOrgKind[]> = {
  working_committee: ['party_committee', 'general_branch', 'branch'],
  party_committee: ['general_branch', 'branch'],
  general_branch: ['branch'],
  branch: ['group'],
  group: [],
};

export const KIND_COLORS: Record<Kind, string> = {
  working_committee: 'red',
  party_committee: 'volcano',
  general_branch: 'orange',
  branch: 'gold',
  group: 'default',
};
