import { useState } from 'react';
import { Button, Card, DatePicker, Form, Input, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { jointUnitBody } from '@jishi/shared';
import { FormModal } from '../../components/form-modal.tsx';
import { submitForm } from '../../lib/submit-form.ts';
import { useCan, useRequiredSession } from '../auth/session.ts';
import { CommunityField } from '../../components/community-field.tsx';
import { useItems, useWrite } from '../../lib/members-api.ts';
import { dateOf } from '../../lib/members-labels.ts';
import type { JointUnit } from '../../lib/members-api.ts';

/** 双报到: units in the area that register with the community as joint-building units, with their commitments. */
export function JointUnitsCard() {
  const { t } = useTranslation();
  const can = useCan();
  const session = useRequiredSession();
  const list = useItems<JointUnit>('/api/in-service/joint-units');
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  const create = useWrite<unknown>(() => '/api/in-service/joint-units');
  return (
    <Card
      title={t('members.joint.title')}
      extra={
        can('volunteer:write') && (
          <Button size="small" onClick={() => setOpen(true)} data-testid="joint-add">
            {t('members.joint.add')}
          </Button>
        )
      }
    >
      <Table<JointUnit>
        rowKey="id"
        size="small"
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        pagination={{ pageSize: 10 }}
        scroll={{ x: true }}
        columns={[
          { title: t('members.joint.name'), dataIndex: 'name' },
          { title: t('members.joint.partyOrg'), dataIndex: 'partyOrg' },
          { title: t('members.joint.contact'), dataIndex: 'contactName' },
          { title: t('members.joint.commitments'), dataIndex: 'commitments' },
          { title: t('members.joint.registeredOn'), dataIndex: 'registeredOn' },
        ]}
      />
      <FormModal
        form={form}
        open={open}
        title={t('members.joint.add')}
        onClose={() => setOpen(false)}
        confirmLoading={create.isPending}
        initialValues={{ communityId: session.user.scopeUnitId, registeredOn: dayjs() }}
        onFinish={(v: Record<string, unknown>) =>
          submitForm(form, jointUnitBody, { ...v, registeredOn: dateOf(v.registeredOn) }, create, () => setOpen(false))
        }
      >
        <Form.Item name="communityId" label={t('members.community')}>
          <CommunityField />
        </Form.Item>
        <Form.Item name="name" label={t('members.joint.name')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="partyOrg" label={t('members.joint.partyOrg')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="contactName" label={t('members.joint.contact')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="commitments" label={t('members.joint.commitments')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="registeredOn" label={t('members.joint.registeredOn')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
