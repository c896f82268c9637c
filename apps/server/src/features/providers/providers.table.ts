import type { ProviderKind } from '@jishi/shared';
/** A third-party service provider (服务机构) settled in a community's premises. */
export interface ProviderTable {
  id: string;
  unit_id: string;
  name: string;
  kind: ProviderKind;
  description: string;
  /** Contact phone, sealed with the field cipher. */
  contact_enc: string | null;
  active: number;
  created_at: string;
  updated_at: string;
}

/** Free-space agreement (无偿使用协议): which room, for which period, on which conditions. */
export interface ProviderAgreementTable {
  id: string;
  provider_id: string;
  room_id: string;
  starts_on: string;
  ends_on: string;
  conditions: string;
  created_at: string;
}

/** A provider account acts for exactly one provider. */
export interface ProviderAccountTable {
  user_id: string;
  provider_id: string;
  created_at: string;
}
