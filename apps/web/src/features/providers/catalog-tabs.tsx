import { Button, Card, Image, List, Popconfirm, Space, Switch, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { notifyError } from '../../lib/notify.ts';
import { testId } from '../../lib/test-id.ts';
import { useCan } from '../auth/session.ts';
import { useTranslation } from 'react-i18next';
import {
  useBrands,
  useCatalog,
  useProviders,
  useReceptions,
  useServicesWrite,
  useUploadPhoto,
  yuan,
  type ProviderView,
  type ReceptionView,
  type ServiceCatalogView,
} from '../../lib/services-api.ts';
import {
  AgreementModal,
  CatalogEditModal,
  CatalogModal,
  ProviderAccountModal,
  ProviderModal,
} from './catalog-forms.tsx';
import { BrandModal, HonourModal } from '../brands/brand-forms.tsx';
import { IssueToRequestModal, ReceptionModal } from '../service-requests/reception-forms.tsx';

/** The "add" button over a tab's table, shown only to those who may write. */
function AddButton({ show, onClick, label, id }: { show: boolean; onClick: () => void; label: string; id: string }) {
  return show ? (
    <Button type="primary" onClick={onClick} data-testid={id} style={{ marginBottom: 12, marginRight: 8 }}>
      {label}
    </Button>
  ) : null;
}

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

export function BrandsTab() {
  const { t } = useTranslation();
  const data = useBrands().data;
  const can = useCan();
  const upload = useUploadPhoto((id) => `/api/services/brands/${id}/photos`);
  const [dialog, setDialog] = useState<'brand' | 'honour' | null>(null);
  return (
    <>
      <AddButton
        show={can('service:write')}
        onClick={() => setDialog('brand')}
        label={t('svc.addBrand')}
        id="brand-add"
      />
      <AddButton
        show={can('service:write')}
        onClick={() => setDialog('honour')}
        label={t('svc.addHonour')}
        id="honour-add"
      />
      {dialog === 'brand' && <BrandModal onClose={() => setDialog(null)} />}
      {dialog === 'honour' && <HonourModal onClose={() => setDialog(null)} />}
      <List
        grid={{ gutter: 16, column: 3 }}
        dataSource={data?.brands ?? []}
        renderItem={(b) => (
          <List.Item>
            <Card title={`${b.unitName} · ${b.name}`}>
              <Typography.Paragraph>{b.story}</Typography.Paragraph>
              {b.activities.map((a) => (
                <Tag key={a}>{a}</Tag>
              ))}
              <div>
                {b.photoIds.map((p) => (
                  <Image key={p} width={80} src={`/api/public/brands/${b.id}/photos/${p}`} alt={b.name} />
                ))}
              </div>
              {can('service:write') && (
                <Upload
                  accept="image/jpeg,image/png,image/webp"
                  showUploadList={false}
                  beforeUpload={(file) => {
                    upload.mutateAsync({ id: b.id, file }).catch(notifyError);
                    return false;
                  }}
                >
                  <Button size="small">{t('svc.photo')}</Button>
                </Upload>
              )}
            </Card>
          </List.Item>
        )}
      />
      <Typography.Title level={5}>{t('svc.honours')}</Typography.Title>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={data?.honours ?? []}
        columns={[
          { title: t('svc.community'), dataIndex: 'unitName' },
          { title: t('svc.honours'), dataIndex: 'title' },
          { title: t('svc.kind'), dataIndex: 'kind', render: (k: string) => t(`honourKind.${k}`) },
          { title: t('svc.booker'), dataIndex: 'holder' },
          { title: t('svc.conferredBy'), dataIndex: 'conferredBy' },
          { title: t('svc.held'), dataIndex: 'conferredOn' },
        ]}
      />
    </>
  );
}

export function ReceptionsTab() {
  const { t } = useTranslation();
  const list = useReceptions();
  const writable = useCan()('service:write');
  const [adding, setAdding] = useState(false);
  const [converting, setConverting] = useState<{ reception: ReceptionView; issueId: string } | null>(null);
  return (
    <>
      <AddButton show={writable} onClick={() => setAdding(true)} label={t('svc.addReception')} id="reception-add" />
      {adding && <ReceptionModal onClose={() => setAdding(false)} />}
      {converting && (
        <IssueToRequestModal
          reception={converting.reception}
          issueId={converting.issueId}
          onClose={() => setConverting(null)}
        />
      )}
      <Table
        rowKey="id"
        size="small"
        loading={list.isPending}
        dataSource={list.data ?? []}
        columns={[
          { title: t('svc.held'), dataIndex: 'heldOn' },
          { title: t('svc.community'), dataIndex: 'unitName' },
          { title: t('svc.representatives'), dataIndex: 'representatives' },
          { title: t('svc.visitors'), dataIndex: 'visitors' },
          {
            title: t('svc.issues'),
            key: 'i',
            render: (_: unknown, r: ReceptionView) =>
              r.issues.map((i) => (
                <div key={i.id}>
                  {i.seq}. {i.issue} {i.followUp && `→ ${i.followUp}`}{' '}
                  {i.requestId ? (
                    <Tag color="blue">{t('svc.tabRequests')}</Tag>
                  ) : (
                    writable && (
                      <Typography.Link
                        onClick={() => setConverting({ reception: r, issueId: i.id })}
                        data-testid="issue-to-request"
                      >
                        {t('svc.toRequest')}
                      </Typography.Link>
                    )
                  )}
                </div>
              )),
          },
        ]}
      />
    </>
  );
}
