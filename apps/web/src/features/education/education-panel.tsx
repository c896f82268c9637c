import { useState } from 'react';
import { Button, Card, Form, Input, InputNumber, Select, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { courseCreateBody } from '@jishi/shared';
import { FormModal } from '../../components/form-modal.tsx';
import { submitForm } from '../../lib/submit-form.ts';
import { useCan, useRequiredSession } from '../auth/session.ts';
import { useGet, useItems, useWrite } from '../../lib/members-api.ts';
import type { Course, Coverage } from '../../lib/members-api.ts';
import { options } from '../../lib/members-labels.ts';
import { MaterialUpload } from '../../components/photo-upload.tsx';
import { download } from '../../lib/members-api.ts';
import { StudyPlansCard } from './study-plans-card.tsx';
import { QuizFields, quizOf } from './quiz-fields.tsx';
import { notifyError } from '../../lib/notify.ts';
import { useInvalidate } from '../../lib/use-invalidate.ts';

/** Party education (党员教育) of a year: courses, coverage, study plans. A tab of the Party life page. */
export function EducationPanel({ year }: { year: number }) {
  const { t } = useTranslation();
  const can = useCan();
  const session = useRequiredSession();
  const courses = useItems<Course>('/api/education/courses');
  const coverage = useGet<Coverage>('/api/education/coverage', { year });
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  const create = useWrite<unknown>(() => '/api/education/courses');
  const refresh = useInvalidate(['party-life']);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Card title={t('members.study.coverage')}>
        <Table
          rowKey="branchId"
          size="small"
          dataSource={coverage.data?.branches ?? []}
          pagination={{ pageSize: 15 }}
          columns={[
            { title: t('members.study.branch'), dataIndex: 'branchName' },
            { title: t('members.study.members'), dataIndex: 'members' },
            { title: t('members.study.learners'), dataIndex: 'learners' },
            { title: t('members.study.completed'), dataIndex: 'completedMembers' },
            { title: t('members.study.hours'), dataIndex: 'minutes', render: (m: number) => (m / 60).toFixed(1) },
            {
              title: t('members.study.share'),
              dataIndex: 'coverage',
              render: (c: number | null) =>
                c === null ? '—' : <Tag color={c >= 0.8 ? 'green' : 'orange'}>{Math.round(c * 100)}%</Tag>,
            },
          ]}
        />
      </Card>
      <Card
        title={t('members.study.courses')}
        extra={can('partylife:write') && <Button onClick={() => setOpen(true)}>{t('members.study.addCourse')}</Button>}
      >
        <Table<Course>
          rowKey="id"
          size="small"
          dataSource={courses.data?.items ?? []}
          pagination={false}
          columns={[
            { title: t('members.study.courseTitle'), dataIndex: 'title' },
            {
              title: t('members.study.kind'),
              dataIndex: 'kind',
              render: (k: string) => t(`members.courseKind.${k}`),
            },
            { title: t('members.study.minutes'), dataIndex: 'minutes' },
            { title: t('members.study.quiz'), render: (_, c) => c.questions.length },
            {
              title: t('members.study.material'),
              render: (_, c) => (
                <Space>
                  {c.hasFile && (
                    <Button
                      size="small"
                      onClick={() =>
                        void download(`/api/education/courses/${c.id}/material`, {}, c.title).catch(notifyError)
                      }
                    >
                      {t('members.study.open')}
                    </Button>
                  )}
                  {can('partylife:write') && <MaterialUpload courseId={c.id} onDone={() => void refresh()} />}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <StudyPlansCard year={year} courses={courses.data?.items ?? []} />
      <FormModal
        form={form}
        open={open}
        title={t('members.study.addCourse')}
        onClose={() => setOpen(false)}
        initialValues={{ kind: 'article', minutes: 30 }}
        onFinish={(v: Record<string, unknown>) =>
          submitForm(
            form,
            courseCreateBody,
            { ...v, unitId: session.user.scopeUnitId, quiz: quizOf(v.quiz) },
            create,
            () => setOpen(false),
          )
        }
      >
        <Form.Item name="title" label={t('members.study.courseTitle')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="kind" label={t('members.study.kind')}>
          <Select options={options(['article', 'pdf', 'video'], t, 'members.courseKind')} />
        </Form.Item>
        <Form.Item name="minutes" label={t('members.study.minutes')}>
          <InputNumber min={1} />
        </Form.Item>
        <Form.Item name="body" label={t('members.study.body')}>
          <Input.TextArea rows={4} />
        </Form.Item>
        <QuizFields />
      </FormModal>
    </Space>
  );
}
