import { Button, Card, Image, List, Table, Tag, Typography, Upload } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../lib/api-client.ts';
import { notifyError } from '../../lib/notify.ts';
import { useInvalidate } from '../../lib/use-invalidate.ts';
import { useCan } from '../auth/session.ts';
import { useTranslation } from 'react-i18next';
import { SERVICES, useBrands, useCatalog, useProviders, useReceptions, yuan } from './services-api.ts';

/** The service catalogue: "6+1", featured services, providers' services, with price and time limit. */
export function CatalogTab() {
  const { t } = useTranslation();
  const list = useCatalog();
  return (
    <Table rowKey="id" size="small" loading={list.isPending} dataSource={list.data ?? []} columns={[
      { title: t('svc.community'), dataIndex: 'unitName' },
      { title: t('svc.code'), dataIndex: 'code' },
      { title: t('svc.service'), dataIndex: 'name' },
      { title: t('svc.programme'), dataIndex: 'programme', render: (p: string | null) => p && <Tag color="red">{p}</Tag> },
      { title: t('svc.providedBy'), key: 'by', render: (_: unknown, s) => `${s.providerName}（${t(`providedBy.${s.providedBy}`)}）` },
      { title: t('svc.price'), key: 'price', render: (_: unknown, s) => (s.priceKind === 'free' ? t('svc.free') : yuan(s.priceFen)) },
      { title: t('svc.timeLimit'), dataIndex: 'timeLimitHours' },
    ]} />
  );
}

export function ProvidersTab() {
  const { t } = useTranslation();
  const list = useProviders();
  return (
    <Table rowKey="id" size="small" loading={list.isPending} dataSource={list.data ?? []} columns={[
      { title: t('svc.community'), dataIndex: 'unitName' },
      { title: t('svc.provider'), dataIndex: 'name' },
      { title: t('svc.agreements'), key: 'ag', render: (_: unknown, p) => p.agreements.map((a) => <div key={a.id}>{a.roomName} {a.startsOn}～{a.endsOn}：{a.conditions}</div>) },
      { title: t('svc.services'), key: 'sv', render: (_: unknown, p) => p.services.map((s) => <Tag key={s.id}>{s.name} {s.priceKind === 'free' ? t('svc.free') : yuan(s.priceFen)}</Tag>) },
    ]} />
  );
}

export function BrandsTab() {
  const { t } = useTranslation();
  const data = useBrands().data;
  const can = useCan();
  const invalidate = useInvalidate(SERVICES);
  const upload = useMutation({ mutationFn: ({ id, file }: { id: string; file: File }) => api(`/api/services/brands/${id}/photos`, { body: file, contentType: file.type }), onSuccess: invalidate });
  return (
    <>
      <List grid={{ gutter: 16, column: 3 }} dataSource={data?.brands ?? []} renderItem={(b) => (
        <List.Item><Card title={`${b.unitName} · ${b.name}`}><Typography.Paragraph>{b.story}</Typography.Paragraph>{b.activities.map((a) => <Tag key={a}>{a}</Tag>)}
          <div>{b.photoIds.map((p) => <Image key={p} width={80} src={`/api/public/brands/${b.id}/photos/${p}`} alt={b.name} />)}</div>
          {can('service:write') && (
            <Upload accept="image/jpeg,image/png,image/webp" showUploadList={false} beforeUpload={(file) => { upload.mutateAsync({ id: b.id, file }).catch(notifyError); return false; }}>
              <Button size="small">{t('svc.photo')}</Button>
            </Upload>
          )}
        </Card></List.Item>
      )} />
      <Typography.Title level={5}>{t('svc.honours')}</Typography.Title>
      <Table rowKey="id" size="small" pagination={false} dataSource={data?.honours ?? []} columns={[
        { title: t('svc.community'), dataIndex: 'unitName' },
        { title: t('svc.honours'), dataIndex: 'title' },
        { title: t('svc.kind'), dataIndex: 'kind', render: (k: string) => t(`honourKind.${k}`) },
        { title: t('svc.booker'), dataIndex: 'holder' },
        { title: t('svc.conferredBy'), dataIndex: 'conferredBy' },
        { title: t('svc.held'), dataIndex: 'conferredOn' },
      ]} />
    </>
  );
}

export function ReceptionsTab() {
  const { t } = useTranslation();
  const list = useReceptions();
  return (
    <Table rowKey="id" size="small" loading={list.isPending} dataSource={list.data ?? []} columns={[
      { title: t('svc.held'), dataIndex: 'heldOn' },
      { title: t('svc.community'), dataIndex: 'unitName' },
      { title: t('svc.representatives'), dataIndex: 'representatives' },
      { title: t('svc.visitors'), dataIndex: 'visitors' },
      { title: t('svc.issues'), key: 'i', render: (_: unknown, r) => r.issues.map((i) => <div key={i.id}>{i.seq}. {i.issue} {i.followUp && `→ ${i.followUp}`} {i.requestId && <Tag color="blue">{t('svc.tabRequests')}</Tag>}</div>) },
    ]} />
  );
}
