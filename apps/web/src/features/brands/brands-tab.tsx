import { Button, Card, Image, List, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { notifyError } from '../../lib/notify.ts';
import { useCan } from '../auth/session.ts';
import { useTranslation } from 'react-i18next';
import { useBrands, useUploadPhoto } from '../../lib/services-api.ts';
import { BrandModal, HonourModal } from './brand-forms.tsx';

import { AddButton } from '../../components/add-button.tsx';

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
