/** The paged list shape of the API (zPaged in @jishi/shared). */
export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** Which page of a list to ask for. */
export interface PageParams {
  page: number;
  pageSize: number;
}

/** Where every paged list starts unless it says otherwise. */
export const FIRST_PAGE: PageParams = { page: 1, pageSize: 20 };
