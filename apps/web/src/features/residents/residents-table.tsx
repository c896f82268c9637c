import { Button } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { PagedTable } from '../../components/paged-table.tsx';
import { FIRST_PAGE } from '../../lib/paged.ts';
import type { Paged } from '../../lib/paged.ts';
import { testId } from '../../lib/test-id.ts';
import { ResidentFlags } from './resident-flags.tsx';
import type { ResidentView } from './residents-api.ts';

interface Props {
  data: Paged<ResidentView> | undefined;
  loading: boolean;
  onPage: (page: number, pageSize: number) => void;
  onOpen: (resident: ResidentView) => void;
}

/** Paged residents; ID number and phone are masked by the server. */
export function ResidentsTable({ data, loading, onPage, onOpen }: Props) {
  const { t } = useTranslation();
  const none = t('common.none');
  const columns: TableColumnsType<ResidentView> = [
    {
      title: t('residents.name'),
      dataIndex: 'name',
      render: (name: string, r) => (
        <Button type="link" style={{ padding: 0 }} onClick={() => onOpen(r)}>
          {name}
        </Button>
      ),
    },
    {
      title: t('residents.gender'),
      dataIndex: 'gender',
      width: 70,
      render: (g: ResidentView['gender']) => (g ? t(`gender.${g}`) : none),
    },
    { title: t('residents.grid'), dataIndex: 'gridName' },
    { title: t('residents.address'), dataIndex: 'address', ellipsis: true },
    {
      title: t('residents.idMasked'),
      dataIndex: 'idNumberMasked',
      render: (v: string | null) => (
        <span data-testid="resident-id-masked" style={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
          {v ?? none}
        </span>
      ),
    },
    {
      title: t('residents.phoneMasked'),
      dataIndex: 'phoneMasked',
      render: (v: string | null) => <span style={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>{v ?? none}</span>,
    },
    { title: t('residents.flags'), key: 'flags', render: (_: unknown, r) => <ResidentFlags resident={r} /> },
  ];
  return (
    <PagedTable<ResidentView>
      rowKey="id"
      size="middle"
      data={data}
      loading={loading}
      paging={FIRST_PAGE}
      onPage={onPage}
      pagination={{ showSizeChanger: true }}
      columns={columns}
      onRow={(r) => ({ ...testId(`resident-row-${r.id}`), onDoubleClick: () => onOpen(r) })}
      scroll={{ x: 1100 }}
    />
  );
}
