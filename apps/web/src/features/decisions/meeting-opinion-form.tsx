import { Button, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { opinionBody } from '@jishi/shared';
import { notifySuccess } from '../../lib/notify.ts';
import { submitForm } from '../../lib/submit-form.ts';
import { useAddOpinion, useCatalog } from './meetings-api.ts';

interface Values {
  roleId?: string;
  author?: string;
  opinion?: string;
}

/** A supervision opinion (党员/居民/居务监督委员会监督) on a subdistrict meeting. */
export function MeetingOpinionForm({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const add = useAddOpinion(meetingId);
  const catalog = useCatalog();
  const roles = (catalog.data?.items ?? []).filter((c) => c.kind === 'supervision_role' && c.active);
  const onFinish = (v: Values) =>
    submitForm(
      form,
      opinionBody,
      { roleId: v.roleId, author: v.author?.trim(), opinion: v.opinion?.trim() },
      add,
      () => {
        form.resetFields();
        notifySuccess(t('common.saved'));
      },
    );
  return (
    <Form<Values> form={form} layout="vertical" onFinish={onFinish}>
      <Form.Item name="roleId" label={t('meetings.role')} required>
        <Select options={roles.map((r) => ({ value: r.id, label: r.name }))} />
      </Form.Item>
      <Form.Item name="author" label={t('meetings.author')} required>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name="opinion" label={t('meetings.opinion')} required>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      <Button htmlType="submit" type="primary" loading={add.isPending}>
        {t('meetings.addOpinion')}
      </Button>
    </Form>
  );
}
