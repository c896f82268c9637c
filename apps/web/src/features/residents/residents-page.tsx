import { useState } from 'react';
import { Button, Card, Space, Typography } from 'antd';
import { IdcardOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { FIRST_PAGE } from '../../lib/paged.ts';
import { useCan } from '../auth/session.ts';
import { ResidentCreateDrawer } from './resident-create-drawer.tsx';
import { ResidentDetailDrawer } from './resident-detail-drawer.tsx';
import { ResidentExportButton } from './resident-export-button.tsx';
import { ResidentFilters } from './resident-filters.tsx';
import type { FilterValues } from './resident-filters.tsx';
import { ResidentImportModal } from './resident-import-modal.tsx';
import { ResidentLookupModal } from './resident-lookup-modal.tsx';
import { useResidents } from './residents-api.ts';
import type { ResidentView } from './residents-api.ts';
import { ResidentsTable } from './residents-table.tsx';

type Dialog = 'create' | 'import' | 'lookup' | null;

/** 居民信息: search, filters, paging, create/edit, audited reveal, import/export, exact lookup. */
export function ResidentsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const [filters, setFilters] = useState<FilterValues>({});
  const [paging, setPaging] = useState(FIRST_PAGE);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [opened, setOpened] = useState<ResidentView | null>(null);
  const residents = useResidents({ ...filters, ...paging });
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('residents.title')}
      </Typography.Title>
      <Card>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
            <ResidentFilters
              value={filters}
              onChange={(f) => {
                setFilters(f);
                setPaging((p) => ({ ...p, page: 1 }));
              }}
            />
            <Space wrap>
              <Button data-testid="resident-lookup" icon={<IdcardOutlined />} onClick={() => setDialog('lookup')}>
                {t('residents.lookup')}
              </Button>
              {can('resident:import') && (
                <Button data-testid="resident-import" icon={<ImportOutlined />} onClick={() => setDialog('import')}>
                  {t('residents.import')}
                </Button>
              )}
              {can('resident:export') && <ResidentExportButton q={filters.q} gridId={filters.gridId} />}
              {can('resident:write') && (
                <Button
                  data-testid="resident-add"
                  type="primary"
                  icon={<PlusOutlined />}
                  onClick={() => setDialog('create')}
                >
                  {t('residents.add')}
                </Button>
              )}
            </Space>
          </Space>
          <ResidentsTable
            data={residents.data}
            loading={residents.isFetching}
            onPage={(page, pageSize) => setPaging({ page, pageSize })}
            onOpen={setOpened}
          />
        </Space>
      </Card>
      <ResidentCreateDrawer open={dialog === 'create'} onClose={() => setDialog(null)} />
      <ResidentImportModal open={dialog === 'import'} onClose={() => setDialog(null)} />
      <ResidentLookupModal open={dialog === 'lookup'} onClose={() => setDialog(null)} onOpen={setOpened} />
      {opened && <ResidentDetailDrawer key={opened.id} resident={opened} onClose={() => setOpened(null)} />}
    </Space>
  );
}
