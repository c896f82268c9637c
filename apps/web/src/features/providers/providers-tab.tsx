import { Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useCan } from '../auth/session.ts';
import { useTranslation } from 'react-i18next';
import { useProviders, useServicesWrite, yuan, type ProviderView } from '../../lib/services-api.ts';
import { AgreementModal, CatalogModal, ProviderAccountModal, ProviderModal } from './catalog-forms.tsx';

import { AddButton } from '../../components/add-button.tsx';

export function ProvidersTab() {
  const { t } = useTranslation();
  const list = useProviders();
  const writable = useCan()('service:write');
  const [dialog, setDialog] = useState<
    { kind: 'provider' } | { kind: 'agreement' | 'service' | 'account'; provider: ProviderView } | null
  >(null);
  const unlink = useServicesWrite<{ providerId: string; userId: string }>(
    (b) => `/api/services/providers/${b.providerId}/accounts/${b.userId}`,
    () => undefined,
    'DELETE',
  );
  const close = () => setDialog(null);
  return (
    <>
      <AddButton
        show={writable}
        onClick={() => setDialog({ kind: 'provider' })}
        label={t('svc.addProvider')}
        id="provider-add"
      />
      {dialog?.kind === 'provider' && <ProviderModal onClose={close} />}
      {dialog?.kind === 'agreement' && <AgreementModal provider={dialog.provider} onClose={close} />}
      {dialog?.kind === 'service' && <CatalogModal provider={dialog.provider} onClose={close} />}
      {dialog?.kind === 'account' && <ProviderAccountModal provider={dialog.provider} onClose={close} />}
      <Table
        rowKey="id"
        size="small"
        loading={list.isPending}
        dataSource={list.data ?? []}
        columns={[
          { title: t('svc.community'), dataIndex: 'unitName' },
          { title: t('svc.provider'), dataIndex: 'name' },
          {
            title: t('svc.agreements'),
            key: 'ag',
            render: (_: unknown, p) =>
              p.agreements.map((a) => (
                <div key={a.id}>
                  {a.roomName} {a.startsOn}～{a.endsOn}：{a.conditions}
                </div>
              )),
          },
          {
            title: t('svc.services'),
            key: 'sv',
            render: (_: unknown, p) =>
              p.services.map((s) => (
                <Tag key={s.id}>
                  {s.name} {s.priceKind === 'free' ? t('svc.free') : yuan(s.priceFen)}
                </Tag>
              )),
          },
          {
            title: t('svc.accounts'),
            key: 'acc',
            render: (_: unknown, p: ProviderView) =>
              p.accounts.map((a) => (
                <Tag key={a.userId} data-testid={`provider-account-${a.username}`}>
                  {a.displayName}（{a.username}）
                  {writable && (
                    <Popconfirm
                      title={t('svc.unlinkAccountConfirm')}
                      onConfirm={() =>
                        unlink.mutateAsync({ providerId: p.id, userId: a.userId }).catch(() => undefined)
                      }
                    >
                      <Typography.Link style={{ marginLeft: 4 }} data-testid="provider-account-unlink">
                        {t('svc.unlinkAccount')}
                      </Typography.Link>
                    </Popconfirm>
                  )}
                </Tag>
              )),
          },
          ...(writable
            ? [
                {
                  title: t('svc.actions'),
                  key: 'a',
                  render: (_: unknown, p: ProviderView) => (
                    <Space>
                      <Typography.Link
                        onClick={() => setDialog({ kind: 'agreement', provider: p })}
                        data-testid="agreement-add"
                      >
                        {t('svc.addAgreement')}
                      </Typography.Link>
                      <Typography.Link
                        onClick={() => setDialog({ kind: 'service', provider: p })}
                        data-testid="provider-service-add"
                      >
                        {t('svc.addService')}
                      </Typography.Link>
                      <Typography.Link
                        onClick={() => setDialog({ kind: 'account', provider: p })}
                        data-testid="provider-account-add"
                      >
                        {t('svc.linkAccount')}
                      </Typography.Link>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
    </>
  );
}
