/** One counter's running total for one unit and one day (Asia/Shanghai), maintained on write. */
export interface IndicatorRollupTable {
  counter: string;
  unit_id: string;
  day: string;
  value: number;
}
