import type { DoerKind } from '@jishi/shared';
export interface GoodDeedTable {
  id: string;
  community_id: string;
  /** member | volunteer */
  doer_kind: DoerKind;
  doer_name: string;
  beneficiary: string;
  done_on: string;
  description: string;
  recorded_by: string;
  confirmed_by: string | null;
  confirmed_by_name: string | null;
  confirmed_at: string | null;
  created_at: string;
}
