import { useState } from 'react';
import { Button, DatePicker, Drawer, Form, Input, InputNumber, Modal, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { pointsBody, volunteerCreateBody } from '@jishi/shared';
import { FormModal } from '../../components/form-modal.tsx';
import { notifySuccess } from '../../lib/notify.ts';
import { submitForm } from '../../lib/submit-form.ts';
import { useCan } from '../auth/session.ts';
import { useItems, useWrite } from '../../lib/members-api.ts';
import type { Team, Volunteer } from '../../lib/members-api.ts';
import { dateOf, hours } from '../../lib/members-labels.ts';
import { PointsLedger } from './ledgers.tsx';

/** A team's members (队员) with their verified hours and star level; staff add members and award points (积分, a ledger apart from hours). */
export function TeamMembersDrawer({ team, onClose }: { team: Team; onClose: () => void }) {
  const { t } = useTranslation();
  const can = useCan();
  const list = useItems<Volunteer>('/api/volunteer/volunteers', { teamId: team.id });
  const [adding, setAdding] = useState(false);
  const [awarding, setAwarding] = useState<Volunteer | null>(null);
  const [ledgerOf, setLedgerOf] = useState<Volunteer | null>(null);
  const [form] = Form.useForm();
  const [pointsForm] = Form.useForm();
  const add = useWrite<unknown>(() => '/api/volunteer/volunteers');
  const award = useWrite<unknown>(() => '/api/volunteer/points');
  return (
    <Drawer
      open
      size="large"
      title={`${team.name} · ${t('members.team.members')}`}
      onClose={onClose}
      data-testid="team-drawer"
    >
      {can('volunteer:write') && (
        <Button type="primary" style={{ marginBottom: 12 }} onClick={() => setAdding(true)} data-testid="member-add">
          {t('members.team.addMember')}
        </Button>
      )}
      <Table<Volunteer>
        rowKey="id"
        size="small"
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        pagination={{ pageSize: 20 }}
        scroll={{ x: true }}
        columns={[
          { title: t('members.signup.name'), dataIndex: 'name' },
          { title: t('members.team.joined'), dataIndex: 'joinedOn' },
          {
            title: t('members.my.verified'),
            dataIndex: 'verifiedMinutes',
            render: (m: number) => `${hours(m)} ${t('members.h')}`,
          },
          {
            title: t('members.my.star'),
            dataIndex: 'starLevel',
            render: (s: number) => `${s} ${t('members.star')}`,
          },
          {
            title: '',
            render: (_, v) => (
              <Space>
                {can('volunteer:write') && (
                  <Button size="small" onClick={() => setAwarding(v)} data-testid={`points-${v.name}`}>
                    {t('members.points.award')}
                  </Button>
                )}
                <Button size="small" onClick={() => setLedgerOf(v)} data-testid={`ledger-${v.name}`}>
                  {t('members.points.ledger')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        {t('members.my.pointsHint')}
      </Typography.Paragraph>
      <FormModal
        form={form}
        open={adding}
        title={t('members.team.addMember')}
        onClose={() => setAdding(false)}
        confirmLoading={add.isPending}
        initialValues={{ joinedOn: dayjs() }}
        onFinish={(v: Record<string, unknown>) =>
          submitForm(
            form,
            volunteerCreateBody,
            { teamId: team.id, name: v.name, joinedOn: dateOf(v.joinedOn) },
            add,
            () => setAdding(false),
          )
        }
      >
        <Form.Item name="name" label={t('members.signup.name')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="joinedOn" label={t('members.team.joined')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </FormModal>
      <Modal
        open={Boolean(ledgerOf)}
        title={`${t('members.points.ledger')} · ${ledgerOf?.name ?? ''}`}
        footer={null}
        onCancel={() => setLedgerOf(null)}
        width={640}
        destroyOnHidden
      >
        {ledgerOf && <PointsLedger volunteerId={ledgerOf.id} />}
      </Modal>
      <FormModal
        form={pointsForm}
        open={Boolean(awarding)}
        title={`${t('members.points.award')} · ${awarding?.name ?? ''}`}
        onClose={() => setAwarding(null)}
        confirmLoading={award.isPending}
        initialValues={{ points: 10, awardedOn: dayjs() }}
        onFinish={(v: Record<string, unknown>) => {
          if (!awarding) return;
          submitForm(
            pointsForm,
            pointsBody,
            { volunteerId: awarding.id, points: v.points, reason: v.reason, awardedOn: dateOf(v.awardedOn) },
            award,
            () => {
              notifySuccess(t('members.points.awarded'));
              setAwarding(null);
            },
          );
        }}
      >
        <Space align="start">
          <Form.Item
            name="points"
            label={t('members.points.points')}
            extra={t('members.points.negative')}
            rules={[{ required: true }]}
          >
            <InputNumber min={-10000} max={10000} />
          </Form.Item>
          <Form.Item name="awardedOn" label={t('members.points.date')} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
        </Space>
        <Form.Item name="reason" label={t('members.points.reason')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
      </FormModal>
    </Drawer>
  );
}
