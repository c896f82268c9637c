/** An allowance key, locked while one of its events is counted and added (see rate-limit.service.ts). */
export interface RateKeyTable {
  key: string;
}
