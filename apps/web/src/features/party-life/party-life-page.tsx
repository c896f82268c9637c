import { useState } from 'react';
import {
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Statistic,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { closeMonthBody, courseCreateBody, orgLifeMeetingBody, trainingCreateBody } from '@jishi/shared';
import { FormModal } from '../../components/form-modal.tsx';
import { submitForm } from '../../lib/submit-form.ts';
import { useCan, useRequiredSession } from '../auth/session.ts';
import { BranchSelect } from '../party-members/branch-select.tsx';
import { useGet, useItems, useWrite } from '../../lib/members-api.ts';
import type { Course, Coverage, Schedule, Training, TrainingStats } from '../../lib/members-api.ts';
import { dateOf, options, ORG_LIFE_KIND_KEYS, TRAINING_KIND_KEYS } from '../../lib/members-labels.ts';
import { MaterialUpload, PhotoUpload } from '../../components/photo-upload.tsx';
import { download } from '../../lib/members-api.ts';
import { StudyPlansCard } from '../education/study-plans-card.tsx';
import { QuizFields, quizOf } from '../education/quiz-fields.tsx';
import { notifyError } from '../../lib/notify.ts';
import { useInvalidate } from '../../lib/use-invalidate.ts';

/** 党员教育与组织生活: 三会一课 against the required frequency, trainings and study visits, the education platform. */
export function PartyLifePage() {
  const { t } = useTranslation();
  const [year, setYear] = useState(2015);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('members.partyLife.title')}
        </Typography.Title>
        <InputNumber
          value={year}
          min={2000}
          max={2100}
          onChange={(v) => setYear(Number(v ?? 2015))}
          addonAfter={t('members.year')}
          data-testid="party-life-year"
        />
      </Space>
      <Tabs
        items={[
          { key: 'schedule', label: t('members.tabs.schedule'), children: <SchedulePanel year={year} /> },
          { key: 'trainings', label: t('members.tabs.trainings'), children: <TrainingsPanel year={year} /> },
          { key: 'education', label: t('members.tabs.education'), children: <EducationPanel year={year} /> },
        ]}
      />
    </Space>
  );
}

function SchedulePanel({ year }: { year: number }) {
  const { t } = useTranslation();
  const can = useCan();
  const [branchId, setBranchId] = useState<string | undefined>();
  const schedule = useGet<Schedule>('/api/party-life/schedule', { branchId, year }, Boolean(branchId));
  const [recording, setRecording] = useState(false);
  const [closing, setClosing] = useState(false);
  const [form] = Form.useForm();
  const [closeForm] = Form.useForm();
  const record = useWrite<unknown>(() => '/api/party-life/meetings');
  const close = useWrite<unknown>(() => '/api/party-life/closed-months');
  const rows = schedule.data?.rows ?? [];
  return (
    <Card>
      <Space wrap style={{ marginBottom: 16 }}>
        <BranchSelect value={branchId} onChange={setBranchId} width={280} />
        {can('partylife:write') && branchId && (
          <Button type="primary" onClick={() => setRecording(true)} data-testid="meeting-add">
            {t('members.partyLife.record')}
          </Button>
        )}
        {can('partylife:close') && branchId && (
          <Button onClick={() => setClosing(true)}>{t('members.partyLife.closeMonth')}</Button>
        )}
        {schedule.data && (
          <Tag color={rows.some((r) => r.missing) ? 'orange' : 'green'}>
            {t('members.partyLife.missingTotal', { n: rows.reduce((n, r) => n + r.missing, 0) })}
          </Tag>
        )}
      </Space>
      {branchId ? (
        <Table
          rowKey="kind"
          size="small"
          pagination={false}
          dataSource={rows}
          scroll={{ x: true }}
          columns={[
            {
              title: t('members.partyLife.kind'),
              dataIndex: 'kind',
              render: (k: string) => t(`members.orgLife.${k}`),
              fixed: 'left',
            },
            {
              title: t('members.partyLife.frequency'),
              dataIndex: 'frequency',
              render: (f: string) => t(`members.frequency.${f}`),
            },
            {
              title: t('members.partyLife.periods'),
              render: (_, r) => (
                <Space size={2} wrap>
                  {r.periods.map((p) => (
                    <Tag key={p.period} color={p.missing ? 'red' : p.held ? 'green' : undefined}>
                      {p.period.slice(5) || p.period}
                      {p.held ? ` ✓${p.held}` : p.missing ? ' ✗' : ''}
                    </Tag>
                  ))}
                </Space>
              ),
            },
          ]}
        />
      ) : (
        <Typography.Text type="secondary">{t('members.partyLife.pickBranch')}</Typography.Text>
      )}
      {schedule.data && schedule.data.closedMonths.length > 0 && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
          {t('members.partyLife.closed', { months: schedule.data.closedMonths.join('、') })}
        </Typography.Paragraph>
      )}
      <FormModal
        form={form}
        open={recording}
        title={t('members.partyLife.record')}
        onClose={() => setRecording(false)}
        confirmLoading={record.isPending}
        initialValues={{ kind: 'theme_day', due: 10, present: 10 }}
        onFinish={(v: Record<string, unknown>) =>
          submitForm(
            form,
            orgLifeMeetingBody,
            { ...v, branchId, heldOn: dateOf(v.heldOn), photos: v.photos ?? [] },
            record,
            () => setRecording(false),
          )
        }
      >
        <Form.Item name="kind" label={t('members.partyLife.kind')}>
          <Select options={options(ORG_LIFE_KIND_KEYS, t, 'members.orgLife')} />
        </Form.Item>
        <Form.Item name="heldOn" label={t('members.partyLife.date')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="topic" label={t('members.partyLife.topic')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Space>
          <Form.Item name="due" label={t('members.partyLife.due')}>
            <InputNumber min={1} />
          </Form.Item>
          <Form.Item name="present" label={t('members.partyLife.present')}>
            <InputNumber min={0} />
          </Form.Item>
        </Space>
        <Form.Item name="minutes" label={t('members.partyLife.minutes')}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="photos" label={t('members.photos')}>
          <PhotoUpload endpoint="/api/party-life/photos" />
        </Form.Item>
      </FormModal>
      <FormModal
        form={closeForm}
        open={closing}
        title={t('members.partyLife.closeMonth')}
        onClose={() => setClosing(false)}
        onFinish={(v: Record<string, unknown>) =>
          submitForm(
            closeForm,
            closeMonthBody,
            { branchId, month: dayjs.isDayjs(v.month) ? v.month.format('YYYY-MM') : v.month },
            close,
            () => setClosing(false),
          )
        }
      >
        <Typography.Paragraph type="secondary">{t('members.partyLife.closeHint')}</Typography.Paragraph>
        <Form.Item name="month" label={t('members.partyLife.month')} rules={[{ required: true }]}>
          <DatePicker picker="month" style={{ width: '100%' }} />
        </Form.Item>
      </FormModal>
    </Card>
  );
}

function TrainingsPanel({ year }: { year: number }) {
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

function EducationPanel({ year }: { year: number }) {
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
