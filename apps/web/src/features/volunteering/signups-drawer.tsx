import { useState } from 'react';
import { Button, Drawer, Input, InputNumber, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../lib/notify.ts';
import { useCan } from '../auth/session.ts';
import { useItems, useWrite } from '../../lib/members-api.ts';
import type { Activity, Signup } from '../../lib/members-api.ts';
import { hours } from '../../lib/members-labels.ts';

/** The organiser's sheet (谁组织谁记录): check in, check out, record the time actually served (no travel), verify. */
export function SignupsDrawer({ activity, onClose }: { activity: Activity; onClose: () => void }) {
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
