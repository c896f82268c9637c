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
          title={t('members.my.verified')}
          value={hours(m.verifiedMinutes)}
          suffix={t('members.h')}
          data-testid="verified-hours"
        />
        <Statistic title={t('members.my.pending')} value={hours(m.pendingMinutes)} suffix={t('members.h')} />
        <Statistic
          title={t('members.my.star')}
          value={m.starLevel}
          suffix={t('members.star')}
          data-testid="star-level"
        />
        <Statistic title={t('members.my.points')} value={m.points} />
      </Space>
      {m.nextLevelHours && (
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('members.my.nextLevel', { h: m.nextLevelHours })}
        </Typography.Paragraph>
      )}
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('members.my.pointsHint')}
      </Typography.Paragraph>
      <Button
        data-testid="issue-certificate"
        size={size}
        block={size === 'large'}
        disabled={m.verifiedMinutes === 0}
        loading={issue.isPending}
        onClick={() =>
          issue.mutate(undefined, {
            onSuccess: (c) => notifySuccess(t('members.my.issued', { number: c.number })),
            onError: notifyError,
          })
        }
      >
        {t('members.my.issue')}
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
                &nbsp;· {hours(c.serviceMinutes)} {t('members.h')} · {c.issuedOn}
              </span>
              <Button
                size={size}
                data-testid={`download-${c.number}`}
                aria-label={`${t('members.my.download')} ${c.number}`}
                onClick={() =>
                  void download(`/api/my/certificates/${c.number}/pdf`, {}, `${c.number}.pdf`).catch(notifyError)
                }
              >
                {t('members.my.download')}
              </Button>
            </Space>
          </List.Item>
        )}
      />
      <List
        size="small"
        header={t('members.my.records')}
        dataSource={m.signups}
        renderItem={(s) => (
          <List.Item data-testid="my-signup">
            <Space wrap size={[8, 0]}>
              <span>
                {s.heldOn} {s.title}
              </span>
              <Tag>{t(`members.signupStatus.${s.status}`)}</Tag>
              {s.serviceMinutes !== null && (
                <span>
                  {hours(s.serviceMinutes)} {t('members.h')}
                </span>
              )}
            </Space>
          </List.Item>
        )}
      />
    </Space>
  );
}
