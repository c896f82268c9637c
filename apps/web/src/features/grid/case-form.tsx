import { useState } from 'react';
import { Button, Checkbox, Drawer, Form, Input, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { CASE_SOURCES, DISPUTE_CATEGORIES, RISK_LEVELS } from '@jishi/shared';
import { notifySuccess } from '../../lib/notify.ts';
import { enqueue } from './outbox-sync.ts';

interface Values {
  gridId: string;
  source: string;
  category: string;
  risk: string;
  place: string;
  description: string;
  parties: { name: string; role?: string }[];
  useLocation?: boolean;
}

/** A new dispute case drafted on the phone: kept in the outbox with its photos and sent (exactly once) when possible. */
export function CaseForm({
  grids,
  open,
  onClose,
}: {
  grids: { id: string; name: string }[];
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [files, setFiles] = useState<File[]>([]);
  const submit = async (v: Values) => {
    const key = crypto.randomUUID();
    await enqueue({
      key,
      kind: 'case',
      label: `${v.place} · ${t(`gridGov.category.${v.category}`)}`,
      body: {
        gridId: v.gridId,
        source: v.source,
        category: v.category,
        risk: v.risk,
        place: v.place,
        description: v.description,
        parties: v.parties.map((p) => ({ name: p.name, role: p.role || undefined })),
        idempotencyKey: key,
      },
      photos: files.map((f) => ({
        key: crypto.randomUUID(),
        blob: f,
        type: f.type || 'image/jpeg',
        useLocation: Boolean(v.useLocation),
      })),
    });
    notifySuccess(navigator.onLine ? t('gridGov.caseForm.done') : t('gridGov.today.queued'));
    form.resetFields();
    setFiles([]);
    onClose();
  };
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('gridGov.caseForm.title')}
      size="large"
      styles={{ wrapper: { maxWidth: '100vw' } }}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        data-testid="case-form"
        initialValues={{
          gridId: grids[0]?.id,
          source: 'visit',
          category: 'neighbours',
          risk: 'low',
          parties: [{ name: '' }],
        }}
      >
        <Form.Item name="gridId" label={t('gridGov.caseForm.grid')} rules={[{ required: true }]}>
          <Select options={grids.map((g) => ({ value: g.id, label: g.name }))} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="source" label={t('gridGov.caseForm.source')}>
            <Select
              style={{ width: 130 }}
              options={CASE_SOURCES.map((s) => ({ value: s, label: t(`gridGov.source.${s}`) }))}
            />
          </Form.Item>
          <Form.Item name="category" label={t('gridGov.caseForm.category')}>
            <Select
              data-testid="case-category"
              style={{ width: 150 }}
              options={DISPUTE_CATEGORIES.map((c) => ({ value: c, label: t(`gridGov.category.${c}`) }))}
            />
          </Form.Item>
          <Form.Item name="risk" label={t('gridGov.caseForm.risk')}>
            <Select
              style={{ width: 90 }}
              options={RISK_LEVELS.map((r) => ({ value: r, label: t(`gridGov.risk.${r}`) }))}
            />
          </Form.Item>
        </Space>
        <Form.Item name="place" label={t('gridGov.caseForm.place')} rules={[{ required: true, max: 100 }]}>
          <Input data-testid="case-place" />
        </Form.Item>
        <Form.Item name="description" label={t('gridGov.caseForm.description')} rules={[{ required: true, max: 2000 }]}>
          <Input.TextArea data-testid="case-description" rows={3} />
        </Form.Item>
        <Form.List name="parties">
          {(fields, { add, remove }) => (
            <Form.Item label={t('gridGov.caseForm.parties')}>
              {fields.map((f) => (
                <Space key={f.key} align="baseline">
                  <Form.Item name={[f.name, 'name']} rules={[{ required: true, max: 60 }]}>
                    <Input data-testid="case-party-name" placeholder={t('gridGov.caseForm.partyName')} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'role']} rules={[{ max: 30 }]}>
                    <Input placeholder={t('gridGov.caseForm.partyRole')} style={{ width: 120 }} />
                  </Form.Item>
                  {fields.length > 1 && <MinusCircleOutlined onClick={() => remove(f.name)} />}
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '' })}>
                {t('gridGov.caseForm.addParty')}
              </Button>
            </Form.Item>
          )}
        </Form.List>
        <Form.Item label={t('gridGov.caseForm.photos')}>
          <input
            data-testid="case-photos"
            type="file"
            accept="image/jpeg,image/png,image/webp"
            capture="environment"
            multiple
            onChange={(e) => setFiles([...(e.target.files ?? [])].slice(0, 6))}
          />
        </Form.Item>
        <Form.Item name="useLocation" valuePropName="checked">
          <Checkbox>{t('gridGov.caseForm.useLocation')}</Checkbox>
        </Form.Item>
        <Button type="primary" htmlType="submit" block data-testid="case-submit">
          {t('gridGov.caseForm.submit')}
        </Button>
      </Form>
    </Drawer>
  );
}
