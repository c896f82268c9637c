import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Button, Card, DatePicker, Form, Input, InputNumber, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { closeMonthBody, orgLifeMeetingBody } from '@jishi/shared';
import { FormModal } from '../../components/form-modal.tsx';
import { submitForm } from '../../lib/submit-form.ts';
import { useCan } from '../auth/session.ts';
import { BranchSelect } from '../party-members/branch-select.tsx';
import { useGet, useWrite } from '../../lib/members-api.ts';
import type { Schedule } from '../../lib/members-api.ts';
import { dateOf, options, ORG_LIFE_KIND_KEYS } from '../../lib/members-labels.ts';
import { PhotoUpload } from '../../components/photo-upload.tsx';
import { TrainingsPanel } from '../trainings/trainings-panel.tsx';
import { EducationPanel } from '../education/education-panel.tsx';

/** The demo's records of Party life fall in this year (apps/server/src/seed/demo-year.ts). */
const DEFAULT_YEAR = 2015;

/**
 * 党员教育与组织生活: 三会一课 against the required frequency, trainings and study visits, the education platform.
 * `?year=2026&branch=<id>` (the link of the to-do item 本月三会一课待开) opens that year and branch.
 */
export function PartyLifePage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const asked = Number(params.get('year'));
  const [year, setYear] = useState(asked >= 2000 && asked <= 2100 ? asked : DEFAULT_YEAR);
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
          onChange={(v) => setYear(Number(v ?? DEFAULT_YEAR))}
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
  const [params] = useSearchParams();
  const [branchId, setBranchId] = useState<string | undefined>(params.get('branch') ?? undefined);
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
