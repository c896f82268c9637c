import { useState } from 'react';
import { Button, Card, DatePicker, Form, Input, Select, Space, Statistic, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { trainingCreateBody } from '@jishi/shared';
import { FormModal } from '../../components/form-modal.tsx';
import { submitForm } from '../../lib/submit-form.ts';
import { useCan, useRequiredSession } from '../auth/session.ts';
import { useGet, useItems, useWrite } from '../../lib/members-api.ts';
import type { Training, TrainingStats } from '../../lib/members-api.ts';
import { dateOf, options, TRAINING_KIND_KEYS } from '../../lib/members-labels.ts';

/** Trainings and study visits (培训与考察) of a year: a tab of the Party life page. */
export function TrainingsPanel({ year }: { year: number }) {
  const { t } = useTranslation();
  const can = useCan();
  const session = useRequiredSession();
  const stats = useGet<TrainingStats>('/api/trainings/stats', { year });
  const list = useItems<Training>('/api/trainings', { year });
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  const create = useWrite<unknown>(() => '/api/trainings');
  return (
    <Card>
      <Space wrap size="large" style={{ marginBottom: 16 }}>
        <Statistic title={t('members.training.studyVisits')} value={stats.data?.studyVisits ?? 0} />
        <Statistic title={t('members.training.trainings')} value={stats.data?.trainings ?? 0} />
        <Statistic title={t('members.training.attendance')} value={stats.data?.attendance ?? 0} />
        {can('partylife:write') && (
          <Button type="primary" onClick={() => setOpen(true)}>
            {t('members.training.add')}
          </Button>
        )}
      </Space>
      <Table<Training>
        rowKey="id"
        size="small"
        dataSource={list.data?.items ?? []}
        pagination={false}
        columns={[
          { title: t('members.training.date'), dataIndex: 'heldOn' },
          {
            title: t('members.training.kind'),
            dataIndex: 'kind',
            render: (k: string) => t(`members.trainingKind.${k}`),
          },
          { title: t('members.training.title'), dataIndex: 'title' },
          { title: t('members.training.place'), dataIndex: 'place' },
          { title: t('members.training.attended'), render: (_, x) => `${x.attended} / ${x.participants}` },
        ]}
      />
      <FormModal
        form={form}
        open={open}
        title={t('members.training.add')}
        onClose={() => setOpen(false)}
        initialValues={{ kind: 'business', participants: '' }}
        onFinish={(v: Record<string, unknown>) =>
          submitForm(
            form,
            trainingCreateBody,
            {
              unitId: session.user.scopeUnitId,
              kind: v.kind,
              title: v.title,
              place: v.place,
              heldOn: dateOf(v.heldOn),
              participants: String(v.participants ?? '')
                .split(/[,，、\s]+/)
                .filter(Boolean)
                .map((name) => ({ name, post: '', attended: true })),
            },
            create,
            () => setOpen(false),
          )
        }
      >
        <Form.Item name="kind" label={t('members.training.kind')}>
          <Select options={options(TRAINING_KIND_KEYS, t, 'members.trainingKind')} />
        </Form.Item>
        <Form.Item name="title" label={t('members.training.title')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="heldOn" label={t('members.training.date')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="place" label={t('members.training.place')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="participants" label={t('members.training.participants')}>
          <Input.TextArea rows={2} placeholder={t('members.training.participantsHint')} />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
