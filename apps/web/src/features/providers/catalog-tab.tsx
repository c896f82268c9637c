import { Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { testId } from '../../lib/test-id.ts';
import { useCan } from '../auth/session.ts';
import { useTranslation } from 'react-i18next';
import { useCatalog, useServicesWrite, yuan, type ServiceCatalogView } from '../../lib/services-api.ts';
import { CatalogEditModal, CatalogModal } from './catalog-forms.tsx';

import { AddButton } from '../../components/add-button.tsx';

/** The service catalogue: "6+1", featured services, providers' services, with price and time limit. */
export function CatalogTab() {
  const { t } = useTranslation();
  const list = useCatalog();
  const writable = useCan()('service:write');
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<ServiceCatalogView | null>(null);
  const toggle = useServicesWrite<{ id: string; active: boolean }>(
    (b) => `/api/services/catalog/${b.id}/active`,
    (b) => ({ active: b.active }),
  );
  return (
    <>
      <AddButton show={writable} onClick={() => setAdding(true)} label={t('svc.addService')} id="catalog-add" />
      {adding && <CatalogModal onClose={() => setAdding(false)} />}
      {editing && <CatalogEditModal service={editing} onClose={() => setEditing(null)} />}
      <Table
        rowKey="id"
        size="small"
        loading={list.isPending}
        dataSource={list.data ?? []}
        onRow={(s) => testId(`catalog-row-${s.code}`)}
        columns={[
          { title: t('svc.community'), dataIndex: 'unitName' },
          { title: t('svc.code'), dataIndex: 'code' },
          { title: t('svc.service'), dataIndex: 'name' },
          {
            title: t('svc.programme'),
            dataIndex: 'programme',
            render: (p: string | null) => p && <Tag color="red">{p}</Tag>,
          },
          {
            title: t('svc.providedBy'),
            key: 'by',
            render: (_: unknown, s) => `${s.providerName}（${t(`providedBy.${s.providedBy}`)}）`,
          },
          {
            title: t('svc.price'),
            key: 'price',
            render: (_: unknown, s) => (s.priceKind === 'free' ? t('svc.free') : yuan(s.priceFen)),
          },
          { title: t('svc.timeLimit'), dataIndex: 'timeLimitHours' },
          {
            title: t('svc.active'),
            dataIndex: 'active',
            render: (on: boolean, s: ServiceCatalogView) => (
              <Switch
                size="small"
                checked={on}
                disabled={!writable}
                loading={toggle.isPending}
                data-testid="catalog-active"
                onChange={(active) => toggle.mutateAsync({ id: s.id, active }).catch(() => undefined)}
              />
            ),
          },
          ...(writable
            ? [
                {
                  title: t('svc.actions'),
                  key: 'edit',
                  render: (_: unknown, s: ServiceCatalogView) => (
                    <Typography.Link onClick={() => setEditing(s)} data-testid="catalog-edit">
                      {t('common.edit')}
                    </Typography.Link>
                  ),
                },
              ]
            : []),
        ]}
      />
    </>
  );
}
