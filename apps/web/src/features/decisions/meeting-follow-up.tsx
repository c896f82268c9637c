import { Button, DatePicker, Form, Input, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { followUpBody } from '@jishi/shared';
import { toIsoDate } from '../../lib/format.ts';
import { notifySuccess } from '../../lib/notify.ts';
import { submitForm } from '../../lib/submit-form.ts';
import type { FormMutation } from '../../lib/submit-form.ts';
import { useAddFollowUp } from './meetings-api.ts';
import type { FollowUp, Meeting } from './meetings-api.ts';

interface Values {
  notedOn?: Dayjs | null;
  note?: string;
  status?: 'in_progress' | 'done';
}

/** 记录落实: a follow-up note on one decision of a subdistrict meeting. */
export function MeetingFollowUp({ decisionId }: { decisionId: string }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const add = useAddFollowUp();
  const mutation: FormMutation<FollowUp, Meeting> = { mutate: (body, o) => add.mutate({ decisionId, body }, o) };
  const onFinish = (v: Values) =>
    submitForm(
      form,
      followUpBody,
      { notedOn: toIsoDate(v.notedOn), note: v.note?.trim(), status: v.status },
      mutation,
      () => {
        form.resetFields();
        notifySuccess(t('common.saved'));
      },
    );
  return (
    <Form<Values>
      form={form}
      layout="inline"
      onFinish={onFinish}
      initialValues={{ notedOn: dayjs(), status: 'in_progress' }}
    >
      <Space wrap size={4}>
        <Form.Item name="notedOn" noStyle>
          <DatePicker size="small" disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item name="note" noStyle>
          <Input size="small" placeholder={t('meetings.followUps')} maxLength={1000} style={{ width: 220 }} />
        </Form.Item>
        <Form.Item name="status" noStyle>
          <Select
            size="small"
            style={{ width: 100 }}
            options={(['in_progress', 'done'] as const).map((s) => ({ value: s, label: t(`decisionStatus.${s}`) }))}
          />
        </Form.Item>
        <Button size="small" htmlType="submit" loading={add.isPending}>
          {t('meetings.addFollowUp')}
        </Button>
      </Space>
    </Form>
  );
}
