import { Button, List, Space, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../lib/notify.ts';
import { download, useGet, useWrite } from '../../lib/members-api.ts';
import type { MyVolunteering } from '../../lib/members-api.ts';
import { hours } from '../../lib/members-labels.ts';

/** The caller's own volunteering (verified hours, star level, points, sign-ups, certificates); `enabled` is false for callers without volunteer:self. */
export const useMyVolunteering = (enabled = true) => useGet<MyVolunteering>('/api/my/volunteering', {}, enabled);

/**
 * A volunteer's own hours, star level and points, the button that issues a numbered certificate, the certificates
 * (PDF download) and the service records — shared by the console's phone page (`small` buttons) and the residents'
 * portal (`large`, ≥ 48 px). Rows wrap instead of pushing their buttons off a 360 px screen.
 */
export function MyHours({ data: m, size }: { data: MyVolunteering; size: 'small' | 'large' }) {
  const { t } = useTranslation();
  const issue = useWrite<void, { number: string }>(
    () => '/api/my/certificates',
    'POST',
    () => ({}),
  );
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap size="large">
        <Statistic
          title={t('volunteers.my.verified')}
          value={hours(m.verifiedMinutes)}
          suffix={t('volunteers.h')}
          data-testid="verified-hours"
        />
        <Statistic title={t('volunteers.my.pending')} value={hours(m.pendingMinutes)} suffix={t('volunteers.h')} />
        <Statistic
          title={t('volunteers.my.star')}
          value={m.starLevel}
          suffix={t('volunteers.star')}
          data-testid="star-level"
        />
        <Statistic title={t('volunteers.my.points')} value={m.points} />
      </Space>
      {m.nextLevelHours && (
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('volunteers.my.nextLevel', { h: m.nextLevelHours })}
        </Typography.Paragraph>
      )}
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('volunteers.my.pointsHint')}
      </Typography.Paragraph>
      <Button
        data-testid="issue-certificate"
        size={size}
        block={size === 'large'}
        disabled={m.verifiedMinutes === 0}
        loading={issue.isPending}
        onClick={() =>
          issue.mutate(undefined, {
            onSuccess: (c) => notifySuccess(t('volunteers.my.issued', { number: c.number })),
            onError: notifyError,
          })
        }
      >
        {t('volunteers.my.issue')}
      </Button>
      <List
        size="small"
        dataSource={m.certificates}
        renderItem={(c) => (
          <List.Item data-testid="certificate-row">
            <Space wrap>
              <span>
                <span data-testid="certificate-number" style={{ wordBreak: 'break-all' }}>
                  {c.number}
                </span>
                &nbsp;· {hours(c.serviceMinutes)} {t('volunteers.h')} · {c.issuedOn}
              </span>
              <Button
                size={size}
                data-testid={`download-${c.number}`}
                aria-label={`${t('volunteers.my.download')} ${c.number}`}
                onClick={() =>
                  void download(`/api/my/certificates/${c.number}/pdf`, {}, `${c.number}.pdf`).catch(notifyError)
                }
              >
                {t('volunteers.my.download')}
              </Button>
            </Space>
          </List.Item>
        )}
      />
      <List
        size="small"
        header={t('volunteers.my.records')}
        dataSource={m.signups}
        renderItem={(s) => (
          <List.Item data-testid="my-signup">
            <Space wrap size={[8, 0]}>
              <span>
                {s.heldOn} {s.title}
              </span>
              <Tag>{t(`volunteers.signupStatus.${s.status}`)}</Tag>
              {s.serviceMinutes !== null && (
                <span>
                  {hours(s.serviceMinutes)} {t('volunteers.h')}
                </span>
              )}
            </Space>
          </List.Item>
        )}
      />
    </Space>
  );
}
