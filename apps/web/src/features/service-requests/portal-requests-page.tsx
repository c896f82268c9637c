import { Alert, Button, Card, Checkbox, Form, Input, List, Rate, Select, Space, Tag, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError } from '../../lib/notify.ts';
import { formatDateTime } from '../../lib/format.ts';
import { RequestDetail } from './request-detail.tsx';
import {
  useMyRequest,
  useMyRequests,
  usePortalServices,
  useServicesWrite,
  useUploadPhoto,
  type RequestView,
} from '../../lib/services-api.ts';

/** 我的诉求 inside the residents' portal (its theme: large type, 48 px controls; fits 360 px): submit a request with a photo, follow it, rate it when done. */
export function PortalRequestsPage() {
  const { t } = useTranslation();
  const [open, setOpen] = useState<string | null>(null);
  const mine = useMyRequests();
  const toggle = (id: string) => setOpen(open === id ? null : id);
  return (
    <Space
      orientation="vertical"
      size="large"
      style={{ width: '100%', maxWidth: 640 }}
      data-testid="portal-requests-page"
    >
      <h1 style={{ fontSize: '1.4em', margin: 0 }}>{t('svc.portalTitle')}</h1>
      <Typography.Paragraph style={{ margin: 0 }}>{t('svc.portalIntro')}</Typography.Paragraph>
      <Card title={t('svc.newRequest')}>
        <NewRequestForm onDone={setOpen} />
      </Card>
      <h2 style={{ fontSize: '1.2em', margin: 0 }}>{t('svc.myRequests')}</h2>
      <List
        loading={mine.isPending}
        dataSource={mine.data?.items ?? []}
        locale={{ emptyText: t('svc.none') }}
        renderItem={(r) => (
          <List.Item
            onClick={(e) => {
              // Clicks inside the opened details (rating, photos) do not fold the card.
              if (e.target instanceof Element && e.target.closest(`#my-request-${r.id}`)) return;
              toggle(r.id);
            }}
            style={{ cursor: 'pointer', display: 'block' }}
            data-testid="my-request"
          >
            <Space wrap>
              <Tag color="blue">{t(`requestStatus.${r.status}`)}</Tag>
              <b>{r.serviceName}</b>
              <span>{formatDateTime(r.submittedAt)}</span>
            </Space>
            <div>{r.description}</div>
            <DetailsToggle request={r} open={open === r.id} onToggle={() => toggle(r.id)} />
            {open === r.id && (
              <div id={`my-request-${r.id}`}>
                <MyRequest id={r.id} />
              </div>
            )}
          </List.Item>
        )}
      />
    </Space>
  );
}

/** The row's real button (keyboard, screen readers; ≥ 48 px): opens and closes the request's progress below it. Tapping the row still works. */
function DetailsToggle({
  request,
  open,
  onToggle,
}: {
  request: { id: string; serviceName: string };
  open: boolean;
  onToggle: () => void;
}) {
  const { t } = useTranslation();
  const label = open ? t('svc.hideDetails') : t('svc.showDetails');
  return (
    <Button
      size="large"
      style={{ marginTop: 8 }}
      aria-expanded={open}
      aria-controls={open ? `my-request-${request.id}` : undefined}
      aria-label={`${label}：${request.serviceName}`}
      data-testid="my-request-toggle"
      onClick={(e) => {
        e.stopPropagation();
        onToggle();
      }}
    >
      {label}
    </Button>
  );
}

interface NewRequestValues {
  serviceId: string;
  description: string;
  address: string;
  /** The resident's consent to publish the request in the public feed; unchecked by default. */
  publicConsent?: boolean;
  publicPhotos?: boolean;
}

function NewRequestForm({ onDone }: { onDone: (id: string) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<NewRequestValues>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const services = usePortalServices();
  const submit = useServicesWrite<NewRequestValues, RequestView>(() => '/api/portal/requests');
  const upload = useUploadPhoto();
  const [busy, setBusy] = useState(false);
  const publicConsent = Form.useWatch('publicConsent', form) === true;
  const onFinish = async (values: NewRequestValues) => {
    setBusy(true);
    try {
      const publish = values.publicConsent === true;
      const created = await submit.mutateAsync({
        ...values,
        publicConsent: publish,
        publicPhotos: publish && values.publicPhotos === true,
      });
      for (const f of files) if (f.originFileObj) await upload.mutateAsync({ id: created.id, file: f.originFileObj });
      form.resetFields();
      setFiles([]);
      onDone(created.id);
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form form={form} layout="vertical" size="large" onFinish={onFinish}>
      <Form.Item name="serviceId" label={t('svc.pickService')} rules={[{ required: true }]}>
        <Select
          data-testid="request-service"
          showSearch
          optionFilterProp="label"
          options={(services.data ?? []).map((s) => ({
            value: s.id,
            label: `${s.name}${s.programme ? `（${s.programme}）` : ''}`,
          }))}
        />
      </Form.Item>
      <Form.Item name="description" label={t('svc.description')} rules={[{ required: true, max: 2000 }]}>
        <Input.TextArea rows={3} data-testid="request-description" />
      </Form.Item>
      <Form.Item name="address" label={t('svc.address')} rules={[{ required: true, max: 200 }]}>
        <Input data-testid="request-address" />
      </Form.Item>
      <Form.Item label={t('svc.photo')}>
        <div data-testid="request-photo">
          <Upload
            accept="image/jpeg,image/png,image/webp"
            listType="picture"
            fileList={files}
            maxCount={6}
            beforeUpload={() => false}
            onChange={({ fileList }) => setFiles(fileList)}
          >
            <Button>{t('svc.photo')}</Button>
          </Upload>
        </div>
      </Form.Item>
      <Form.Item name="publicConsent" valuePropName="checked" initialValue={false} style={{ marginBottom: 8 }}>
        <Checkbox
          data-testid="request-public-consent"
          onChange={(e) => {
            if (!e.target.checked) form.setFieldValue('publicPhotos', false);
          }}
        >
          {t('svc.publicConsent')}
        </Checkbox>
      </Form.Item>
      <Form.Item name="publicPhotos" valuePropName="checked" initialValue={false} style={{ marginBottom: 8 }}>
        <Checkbox disabled={!publicConsent} data-testid="request-public-photos">
          {t('svc.publicPhotos')}
        </Checkbox>
      </Form.Item>
      <Alert
        type={publicConsent ? 'warning' : 'info'}
        showIcon
        style={{ marginBottom: 16 }}
        data-testid="request-publicity-note"
        title={publicConsent ? t('svc.publicWillShow') : t('svc.privateNote')}
      />
      <Button type="primary" htmlType="submit" block loading={busy} data-testid="request-submit">
        {t('svc.submit')}
      </Button>
    </Form>
  );
}

function MyRequest({ id }: { id: string }) {
  const { t } = useTranslation();
  const r = useMyRequest(id).data;
  const rate = useServicesWrite<{ rating: number }>(
    () => `/api/portal/requests/${id}/actions`,
    (b) => ({ action: 'rate', rating: b.rating }),
  );
  const publicity = useServicesWrite<{ publicConsent: boolean; publicPhotos: boolean }>(
    () => `/api/portal/requests/${id}/publicity`,
  );
  if (!r) return null;
  const setPublicity = (publicConsent: boolean, publicPhotos: boolean) =>
    publicity.mutateAsync({ publicConsent, publicPhotos: publicConsent && publicPhotos }).catch(notifyError);
  return (
    <div style={{ marginTop: 12 }}>
      <RequestDetail request={r} photoBase="/api/portal/requests" />
      <Space orientation="vertical" style={{ margin: '12px 0' }} data-testid="request-publicity-change">
        <Checkbox
          checked={r.publicConsent}
          disabled={publicity.isPending}
          onChange={(e) => setPublicity(e.target.checked, r.publicPhotos)}
        >
          {t('svc.publicConsent')}
        </Checkbox>
        <Checkbox
          checked={r.publicPhotos}
          disabled={!r.publicConsent || publicity.isPending}
          onChange={(e) => setPublicity(true, e.target.checked)}
        >
          {t('svc.publicPhotos')}
        </Checkbox>
        <Typography.Text type="secondary">
          {r.publicConsent ? t('svc.publicWillShow') : t('svc.privateNote')}
        </Typography.Text>
      </Space>
      {r.status === 'done' && (
        <Space orientation="vertical">
          <Typography.Text strong>{t('svc.rateTitle')}</Typography.Text>
          <Rate
            style={{ fontSize: 44 }}
            onChange={(n) => rate.mutateAsync({ rating: n }).catch(notifyError)}
            data-testid="request-rate"
          />
        </Space>
      )}
    </div>
  );
}
