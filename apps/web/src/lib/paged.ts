/** The paged list shape of the API (zPaged in @jishi/shared). */
export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
