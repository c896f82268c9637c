import { Table } from 'antd';
import type { TablePaginationConfig, TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Paged, PageParams } from '../lib/paged.ts';

type Props<T> = Omit<TableProps<T>, 'dataSource' | 'loading' | 'pagination'> & {
  /** The page the server answered with; undefined until the first one arrives. */
  data: Paged<T> | undefined;
  loading: boolean;
  /** The page asked for, shown until the server answers. */
  paging: PageParams;
  onPage: (page: number, pageSize: number) => void;
  /** Further pager options (the position, total and page change are handled here). */
  pagination?: Omit<TablePaginationConfig, 'current' | 'pageSize' | 'total' | 'showTotal' | 'onChange'>;
};

/** antd Table over one page of a server-paged list, with the "N in total" pager. */
export function PagedTable<T extends object>({ data, loading, paging, onPage, pagination, ...table }: Props<T>) {
  const { t } = useTranslation();
  return (
    <Table<T>
      {...table}
      loading={loading}
      dataSource={data?.items ?? []}
      pagination={{
        ...pagination,
        current: data?.page ?? paging.page,
        pageSize: data?.pageSize ?? paging.pageSize,
        total: data?.total ?? 0,
        showTotal: (total) => t('common.total', { count: total }),
        onChange: onPage,
      }}
    />
  );
}
