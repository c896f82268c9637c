import { useState } from 'react';
import {
  Button,
  Card,
  DatePicker,
  Drawer,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { activityCreateBody, goodDeedBody, teamCreateBody } from '@jishi/shared';
import { FormModal } from '../../components/form-modal.tsx';
import { notifyError, notifySuccess } from '../../lib/notify.ts';
import { submitForm } from '../../lib/submit-form.ts';
import { useCan, useRequiredSession } from '../auth/session.ts';
import { CommunityField } from '../../components/community-field.tsx';
import { InServicePanel } from '../in-service-members/in-service-panel.tsx';
import { TeamMembersDrawer } from './team-members-drawer.tsx';
import { useGet, useItems, useWrite } from '../../lib/members-api.ts';
import type { Activity, GoodDeed, Signup, Team, TeamMonthly } from '../../lib/members-api.ts';
import { dateOf, hours, options, THEME_KEYS } from '../../lib/members-labels.ts';

/** 志愿服务: activities with sign-ups and hours, teams and their monthly activity, in-service members, good deeds. */
export function VolunteeringPage() {
  const { t } = useTranslation();
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('members.title')}
      </Typography.Title>
      <Tabs
        items={[
          { key: 'activities', label: t('members.tabs.activities'), children: <ActivitiesPanel /> },
          { key: 'teams', label: t('members.tabs.teams'), children: <TeamsPanel /> },
          { key: 'in-service', label: t('members.tabs.inService'), children: <InServicePanel /> },
          { key: 'deeds', label: t('members.tabs.deeds'), children: <DeedsPanel /> },
        ]}
      />
    </Space>
  );
}

function ActivitiesPanel() {
  const { t } = useTranslation();
  const can = useCan();
  const list = useItems<Activity>('/api/volunteer/activities');
  const teams = useItems<Team>('/api/volunteer/teams');
  const [open, setOpen] = useState(false);
  const [selected, setSelected] = useState<Activity | null>(null);
  const [form] = Form.useForm();
  const create = useWrite<unknown>(() => '/api/volunteer/activities');
  return (
    <Card>
      {can('volunteer:write') && (
        <Button type="primary" style={{ marginBottom: 16 }} onClick={() => setOpen(true)} data-testid="activity-add">
          {t('members.activity.add')}
        </Button>
      )}
      <Table<Activity>
        rowKey="id"
        size="small"
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        pagination={{ pageSize: 20 }}
        onRow={(a) => ({ 'data-testid': `activity-row-${a.title}` }) as never}
        columns={[
          { title: t('members.activity.date'), dataIndex: 'heldOn' },
          { title: t('members.activity.title'), dataIndex: 'title' },
          {
            title: t('members.activity.theme'),
            dataIndex: 'theme',
            render: (v: string) => <Tag color="red">{t(`members.theme.${v}`)}</Tag>,
          },
          { title: t('members.activity.team'), dataIndex: 'teamName' },
          { title: t('members.activity.places'), render: (_, a) => `${a.signedUp} / ${a.capacity}` },
          {
            title: '',
            render: (_, a) => (
              <Button size="small" onClick={() => setSelected(a)} data-testid={`signups-${a.id}`}>
                {t('members.activity.signups')}
              </Button>
            ),
          },
        ]}
      />
      <FormModal
        form={form}
        open={open}
        title={t('members.activity.add')}
        onClose={() => setOpen(false)}
        confirmLoading={create.isPending}
        onFinish={(v: Record<string, unknown>) =>
          submitForm(form, activityCreateBody, { ...v, heldOn: dateOf(v.heldOn) }, create, () => setOpen(false))
        }
      >
        <Form.Item name="teamId" label={t('members.activity.team')} rules={[{ required: true }]}>
          <Select
            options={(teams.data?.items ?? []).map((x) => ({ value: x.id, label: x.name }))}
            showSearch={{ optionFilterProp: 'label' }}
            data-testid="activity-team"
          />
        </Form.Item>
        <Form.Item name="title" label={t('members.activity.title')} rules={[{ required: true }]}>
          <Input data-testid="activity-title" />
        </Form.Item>
        <Form.Item name="theme" label={t('members.activity.theme')} initialValue="dangqi_hong">
          <Select options={options(THEME_KEYS, t, 'members.theme')} />
        </Form.Item>
        <Form.Item name="heldOn" label={t('members.activity.date')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="place" label={t('members.activity.place')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="capacity" label={t('members.activity.capacity')} initialValue={30}>
          <InputNumber min={1} />
        </Form.Item>
      </FormModal>
      {selected && <SignupsDrawer activity={selected} onClose={() => setSelected(null)} />}
    </Card>
  );
}

/** The organiser's sheet (谁组织谁记录): check in, check out, record the time actually served (no travel), verify. */
function SignupsDrawer({ activity, onClose }: { activity: Activity; onClose: () => void }) {
  const { t } = useTranslation();
  const can = useCan();
  const list = useItems<Signup>(`/api/volunteer/activities/${activity.id}/signups`);
  const act = useWrite<{ id: string; action: string; body: unknown }>(
    (b) => `/api/volunteer/signups/${b.id}/${b.action}`,
    'POST',
    (b) => b.body,
  );
  const [minutes, setMinutes] = useState<Record<string, number>>({});
  // Times are often entered after the fact: the organiser may set the time a check-in or check-out happened.
  const [at, setAt] = useState('');
  const atBody = () => (at ? { at: new Date(at).toISOString() } : {});
  const run = (id: string, action: string, body: unknown = {}) =>
    act.mutate({ id, action, body }, { onSuccess: () => notifySuccess(t('members.saved')), onError: notifyError });
  return (
    <Drawer
      open
      size="large"
      title={`${activity.title} · ${activity.heldOn}`}
      onClose={onClose}
      data-testid="signups-drawer"
    >
      <Space style={{ marginBottom: 12 }}>
        {t('members.signup.at')}
        <Input
          type="datetime-local"
          value={at}
          onChange={(e) => setAt(e.target.value)}
          style={{ width: 220 }}
          data-testid="signup-at"
        />
      </Space>
      <Table<Signup>
        rowKey="id"
        size="small"
        dataSource={list.data?.items ?? []}
        pagination={false}
        columns={[
          { title: t('members.signup.name'), dataIndex: 'volunteerName' },
          {
            title: t('members.signup.status'),
            dataIndex: 'status',
            render: (s: string) => <Tag>{t(`members.signupStatus.${s}`)}</Tag>,
          },
          {
            title: t('members.signup.minutes'),
            render: (_, s) =>
              s.serviceMinutes === null ? '—' : `${s.serviceMinutes} (${hours(s.serviceMinutes)} ${t('members.h')})`,
          },
          {
            title: '',
            render: (_, s) =>
              !can('volunteer:write') ? null : (
                <Space wrap data-testid={`signup-actions-${s.volunteerName}`}>
                  {s.status === 'signed_up' && (
                    <Button size="small" onClick={() => run(s.id, 'check-in', atBody())} data-testid="check-in">
                      {t('members.signup.checkIn')}
                    </Button>
                  )}
                  {s.status === 'checked_in' && (
                    <Button size="small" onClick={() => run(s.id, 'check-out', atBody())} data-testid="check-out">
                      {t('members.signup.checkOut')}
                    </Button>
                  )}
                  {(s.status === 'checked_out' || s.status === 'recorded') && (
                    <Space.Compact>
                      <InputNumber
                        size="small"
                        min={1}
                        placeholder={t('members.signup.minutesHint')}
                        value={minutes[s.id]}
                        onChange={(v) => setMinutes({ ...minutes, [s.id]: Number(v) })}
                        data-testid="minutes"
                      />
                      <Button
                        size="small"
                        onClick={() => run(s.id, 'hours', { minutes: minutes[s.id] })}
                        data-testid="record-hours"
                      >
                        {t('members.signup.record')}
                      </Button>
                    </Space.Compact>
                  )}
                  {s.status === 'recorded' && (
                    <Button size="small" type="primary" onClick={() => run(s.id, 'verify')} data-testid="verify">
                      {t('members.signup.verify')}
                    </Button>
                  )}
                </Space>
              ),
          },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        {t('members.signup.rule')}
      </Typography.Paragraph>
    </Drawer>
  );
}

function TeamsPanel() {
  const { t } = useTranslation();
  const can = useCan();
  const session = useRequiredSession();
  const [year, setYear] = useState(2015);
  const teams = useItems<Team>('/api/volunteer/teams');
  const monthly = useGet<TeamMonthly>('/api/volunteer/teams/monthly', { year });
  const missing = new Map((monthly.data?.teams ?? []).map((m) => [m.teamId, m.missingMonths]));
  const [open, setOpen] = useState(false);
  const [membersOf, setMembersOf] = useState<Team | null>(null);
  const [form] = Form.useForm();
  const create = useWrite<unknown>(() => '/api/volunteer/teams');
  return (
    <Card>
      <Space wrap style={{ marginBottom: 16 }}>
        <InputNumber
          value={year}
          min={2000}
          max={2100}
          onChange={(v) => setYear(Number(v ?? 2015))}
          addonAfter={t('members.year')}
        />
        {can('volunteer:write') && (
          <Button type="primary" onClick={() => setOpen(true)}>
            {t('members.team.add')}
          </Button>
        )}
        <Tag>
          {t('members.team.count', {
            n: teams.data?.items.length ?? 0,
            v: (teams.data?.items ?? []).reduce((n, x) => n + x.volunteers, 0),
          })}
        </Tag>
      </Space>
      <Table<Team>
        rowKey="id"
        size="small"
        dataSource={teams.data?.items ?? []}
        pagination={{ pageSize: 30 }}
        columns={[
          { title: t('members.team.name'), dataIndex: 'name' },
          { title: t('members.team.leader'), dataIndex: 'leaderName' },
          { title: t('members.team.volunteers'), dataIndex: 'volunteers' },
          {
            title: t('members.team.missing'),
            render: (_, x) =>
              missing.get(x.id)?.length ? (
                (missing.get(x.id) ?? []).map((m) => (
                  <Tag color="orange" key={m}>
                    {m}
                  </Tag>
                ))
              ) : (
                <Tag color="green">{t('members.team.monthlyOk')}</Tag>
              ),
          },
          {
            title: '',
            render: (_, x) => (
              <Button size="small" onClick={() => setMembersOf(x)} data-testid={`team-members-${x.name}`}>
                {t('members.team.members')}
              </Button>
            ),
          },
        ]}
      />
      {membersOf && <TeamMembersDrawer team={membersOf} onClose={() => setMembersOf(null)} />}
      <FormModal
        form={form}
        open={open}
        title={t('members.team.add')}
        onClose={() => setOpen(false)}
        initialValues={{ communityId: session.user.scopeUnitId }}
        onFinish={(v: Record<string, unknown>) =>
          submitForm(form, teamCreateBody, { ...v, foundedOn: dateOf(v.foundedOn) }, create, () => setOpen(false))
        }
      >
        <Form.Item name="communityId" label={t('members.community')}>
          <CommunityField />
        </Form.Item>
        <Form.Item name="name" label={t('members.team.name')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="leaderName" label={t('members.team.leader')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="foundedOn" label={t('members.team.founded')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </FormModal>
    </Card>
  );
}

function DeedsPanel() {
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
