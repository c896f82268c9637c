import { useState } from 'react';
import { Button, Card, DatePicker, Form, Input, Select, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { goodDeedBody } from '@jishi/shared';
import { FormModal } from '../../components/form-modal.tsx';
import { notifyError } from '../../lib/notify.ts';
import { submitForm } from '../../lib/submit-form.ts';
import { useCan, useRequiredSession } from '../auth/session.ts';
import { CommunityField } from '../../components/community-field.tsx';
import { useGet, useWrite } from '../../lib/members-api.ts';
import type { GoodDeed } from '../../lib/members-api.ts';
import { dateOf } from '../../lib/members-labels.ts';

/** Good deeds (好事实事): a tab of the volunteering page. */
export function DeedsPanel() {
  const { t } = useTranslation();
  const can = useCan();
  const session = useRequiredSession();
  const [page, setPage] = useState(1);
  const deeds = useGet<{ items: GoodDeed[]; total: number }>('/api/good-deeds', { page, pageSize: 20 });
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  const create = useWrite<unknown>(() => '/api/good-deeds');
  const confirm = useWrite<string>(
    (id) => `/api/good-deeds/${id}/confirm`,
    'POST',
    () => ({}),
  );
  return (
    <Card>
      <Space style={{ marginBottom: 16 }}>
        {can('volunteer:write') && (
          <Button type="primary" onClick={() => setOpen(true)}>
            {t('members.deed.add')}
          </Button>
        )}
        <Tag>{t('members.deed.total', { n: deeds.data?.total ?? 0 })}</Tag>
      </Space>
      <Table<GoodDeed>
        rowKey="id"
        size="small"
        dataSource={deeds.data?.items ?? []}
        pagination={{ current: page, total: deeds.data?.total ?? 0, pageSize: 20, onChange: setPage }}
        columns={[
          { title: t('members.deed.date'), dataIndex: 'doneOn' },
          {
            title: t('members.deed.doer'),
            render: (_, d) => `${d.doerName}（${t(`members.doer.${d.doerKind}`)}）`,
          },
          { title: t('members.deed.beneficiary'), dataIndex: 'beneficiary' },
          { title: t('members.deed.description'), dataIndex: 'description' },
          {
            title: t('members.deed.confirmedBy'),
            render: (_, d) =>
              d.confirmedBy ??
              (can('volunteer:write') ? (
                <Button size="small" onClick={() => confirm.mutate(d.id, { onError: notifyError })}>
                  {t('members.deed.confirm')}
                </Button>
              ) : (
                '—'
              )),
          },
        ]}
      />
      <FormModal
        form={form}
        open={open}
        title={t('members.deed.add')}
        onClose={() => setOpen(false)}
        initialValues={{ communityId: session.user.scopeUnitId, doerKind: 'member' }}
        onFinish={(v: Record<string, unknown>) =>
          submitForm(form, goodDeedBody, { ...v, doneOn: dateOf(v.doneOn) }, create, () => setOpen(false))
        }
      >
        <Form.Item name="communityId" label={t('members.community')}>
          <CommunityField />
        </Form.Item>
        <Form.Item name="doerKind" label={t('members.deed.doerKind')}>
          <Select
            options={[
              { value: 'member', label: t('members.doer.member') },
              { value: 'volunteer', label: t('members.doer.volunteer') },
            ]}
          />
        </Form.Item>
        <Form.Item name="doerName" label={t('members.deed.doer')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="beneficiary" label={t('members.deed.beneficiary')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="doneOn" label={t('members.deed.date')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="description" label={t('members.deed.description')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
