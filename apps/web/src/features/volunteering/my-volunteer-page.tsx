import { Button, Card, Descriptions, Empty, Form, Input, List, Select, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { inServiceSelfBody } from '@jishi/shared';
import { ApiError } from '../../lib/api-client.ts';
import { notifyError, notifySuccess } from '../../lib/notify.ts';
import { submitForm } from '../../lib/submit-form.ts';
import { useRequiredSession } from '../auth/session.ts';
import { useGet, useItems, useWrite } from '../../lib/members-api.ts';
import type { Activity, InService, ServicePost } from '../../lib/members-api.ts';
import { hours } from '../../lib/members-labels.ts';
import { MyStudyCard } from '../education/my-study-card.tsx';
import { MyHours, useMyVolunteering } from './my-hours.tsx';
import { PointsLedger, ServiceRecordsLedger } from './ledgers.tsx';

/** A Party member's or volunteer's own page, phone-sized: report to the community, sign up, hours, certificates, study. */
export function MyVolunteerPage() {
  const { t } = useTranslation();
  const session = useRequiredSession();
  const isMember = session.user.role === 'party_member';
  return (
    <Space
      orientation="vertical"
      size="middle"
      style={{ width: '100%', maxWidth: 640 }}
      data-testid="my-volunteer-page"
    >
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('members.my.title')}
      </Typography.Title>
      {isMember && <InServiceCard />}
      <ActivitiesCard />
      <HoursCard />
      {isMember && <MyStudyCard />}
    </Space>
  );
}

function InServiceCard() {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const mine = useGet<InService>('/api/my/in-service');
  const posts = useItems<ServicePost>('/api/my/in-service/posts');
  const register = useWrite<unknown, InService>(() => '/api/my/in-service');
  const notRegistered = mine.error instanceof ApiError && mine.error.status === 404;
  if (mine.data) {
    return (
      <Card title={t('members.inService.mine')} data-testid="in-service-registered">
        <Descriptions
          column={1}
          size="small"
          items={[
            { key: 'unit', label: t('members.inService.workUnit'), children: mine.data.workUnit },
            { key: 'post', label: t('members.inService.post'), children: mine.data.postName },
            { key: 'since', label: t('members.inService.registeredOn'), children: mine.data.registeredOn },
            {
              key: 'service',
              label: t('members.inService.service'),
              children: t('members.inService.serviceText', {
                n: mine.data.serviceCount,
                h: hours(mine.data.serviceMinutes),
              }),
            },
            {
              key: 'eval',
              label: t('members.inService.evaluation'),
              children:
                mine.data.evaluations.map((e) => `${e.year}：${t(`members.grade.${e.grade}`)}`).join('；') || '—',
            },
          ]}
        />
        <Typography.Title level={5}>{t('members.my.serviceRecords')}</Typography.Title>
        <ServiceRecordsLedger mine />
      </Card>
    );
  }
  if (!notRegistered) return null;
  return (
    <Card title={t('members.inService.register')}>
      <Typography.Paragraph type="secondary">{t('members.inService.registerHint')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) =>
          submitForm(form, inServiceSelfBody, v, register, () => notifySuccess(t('members.inService.registered')))
        }
      >
        <Form.Item name="name" label={t('members.inService.name')} rules={[{ required: true }]}>
          <Input data-testid="reg-name" />
        </Form.Item>
        <Form.Item name="phone" label={t('members.inService.phone')}>
          <Input data-testid="reg-phone" inputMode="tel" />
        </Form.Item>
        <Form.Item name="workUnit" label={t('members.inService.workUnit')} rules={[{ required: true }]}>
          <Input data-testid="reg-work-unit" />
        </Form.Item>
        <Form.Item name="workPartyOrg" label={t('members.inService.workPartyOrg')} rules={[{ required: true }]}>
          <Input data-testid="reg-work-org" />
        </Form.Item>
        <Form.Item name="skills" label={t('members.inService.skills')}>
          <Input data-testid="reg-skills" />
        </Form.Item>
        <Form.Item name="postId" label={t('members.inService.post')} rules={[{ required: true }]}>
          <Select
            data-testid="reg-post"
            options={(posts.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={register.isPending} data-testid="reg-submit">
          {t('members.inService.submit')}
        </Button>
      </Form>
    </Card>
  );
}

function ActivitiesCard() {
  const { t } = useTranslation();
  const list = useItems<Activity>('/api/my/activities');
  const signUp = useWrite<string>(
    (id) => `/api/my/activities/${id}/signup`,
    'POST',
    () => ({}),
  );
  return (
    <Card title={t('members.my.activities')}>
      <List
        dataSource={list.data?.items ?? []}
        loading={list.isPending}
        locale={{ emptyText: <Empty description={t('members.my.noActivities')} /> }}
        renderItem={(a) => (
          <List.Item
            data-testid={`my-activity-${a.id}`}
            actions={[
              a.mine ? (
                <Tag key="s" color="green">
                  {t(`members.signupStatus.${a.mine}`)}
                </Tag>
              ) : (
                <Button
                  key="b"
                  type="primary"
                  size="small"
                  disabled={a.signedUp >= a.capacity}
                  data-testid={`signup-${a.id}`}
                  onClick={() =>
                    signUp.mutate(a.id, {
                      onSuccess: () => notifySuccess(t('members.my.signedUp')),
                      onError: notifyError,
                    })
                  }
                >
                  {a.signedUp >= a.capacity ? t('members.my.full') : t('members.my.signUp')}
                </Button>
              ),
            ]}
          >
            <List.Item.Meta
              title={a.title}
              description={`${a.heldOn} · ${a.place} · ${a.teamName} · ${t('members.my.places', { n: a.signedUp, cap: a.capacity })}`}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}

function HoursCard() {
  const { t } = useTranslation();
  const mine = useMyVolunteering();
  if (!mine.data) return null;
  return (
    <Card title={t('members.my.hours')} data-testid="my-hours">
      <MyHours data={mine.data} size="small" />
      <Typography.Title level={5}>{t('members.points.ledger')}</Typography.Title>
      <PointsLedger mine />
    </Card>
  );
}
