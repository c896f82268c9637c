import { useState } from 'react';
import { Button, Card, DatePicker, Form, Input, InputNumber, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { activityCreateBody, teamCreateBody } from '@jishi/shared';
import { FormModal } from '../../components/form-modal.tsx';
import { submitForm } from '../../lib/submit-form.ts';
import { useCan, useRequiredSession } from '../auth/session.ts';
import { CommunityField } from '../../components/community-field.tsx';
import { InServicePanel } from '../in-service-members/in-service-panel.tsx';
import { TeamMembersDrawer } from './team-members-drawer.tsx';
import { useGet, useItems, useWrite } from '../../lib/members-api.ts';
import type { Activity, Team, TeamMonthly } from '../../lib/members-api.ts';
import { dateOf, options, THEME_KEYS } from '../../lib/members-labels.ts';
import { DeedsPanel } from '../good-deeds/deeds-panel.tsx';
import { SignupsDrawer } from './signups-drawer.tsx';

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
