/** Facts about this installation, one row per key (e.g. the sealed data-key canary). */
export interface InstanceSettingTable {
  key: string;
  value: string;
  created_at: string;
}
