/** One counter's running total for one unit and one day (Asia/Shanghai), maintained on write. */
export interface IndicatorRollupTable {
  counter: string;
  unit_id: string;
  day: string;
  value: number;
}

/** The same counters summed per calendar month (month = 'YYYY-MM'), written beside the day cells. */
export interface IndicatorRollupMonthTable {
  counter: string;
  unit_id: string;
  month: string;
  value: number;
}
