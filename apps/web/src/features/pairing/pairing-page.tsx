import { useState } from 'react';
import { Button, Card, DatePicker, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { contactBody, pairingCreateBody } from '@jishi/shared';
import { FormModal } from '../../components/form-modal.tsx';
import { submitForm } from '../../lib/submit-form.ts';
import { notifySuccess } from '../../lib/notify.ts';
import { useCan, useRequiredSession } from '../auth/session.ts';
import { CommunityField } from '../../components/community-field.tsx';
import { BranchSelect } from '../party-members/branch-select.tsx';
import { usePartyOrgs } from '../party-orgs/party-org-api.ts';
import { useGet, useItems, useWrite } from '../../lib/members-api.ts';
import type { Compliance, Pairing } from '../../lib/members-api.ts';
import { PhotoUpload } from '../../components/photo-upload.tsx';
import { PairingRulesCard } from './pairing-rules-card.tsx';
import { CONTACT_KIND_KEYS, HELPER_ROLE_KEYS, options, TARGET_KIND_KEYS } from '../../lib/members-labels.ts';

/** "3+2+1" 结对帮扶: quota compliance per helper, overdue contacts, needy residents nobody is paired with, and the contact log. */
export function PairingPage() {
  const { t } = useTranslation();
  const can = useCan();
  const session = useRequiredSession();
  const compliance = useGet<Compliance>('/api/pairing/compliance');
  const pairs = useItems<Pairing>('/api/pairing/pairs');
  const [contacting, setContacting] = useState<Pairing | null>(null);
  const [creating, setCreating] = useState(false);
  const [form] = Form.useForm();
  const [createForm] = Form.useForm();
  const log = useWrite<{ id: string; body: unknown }>(
    (b) => `/api/pairing/pairs/${b.id}/contacts`,
    'POST',
    (b) => b.body,
  );
  const create = useWrite<unknown>(() => '/api/pairing/pairs');
  // Own pairings first; a reader with none of their own (a secretary following the community's) sees them all.
  const [mineChosen, setMineOnly] = useState<boolean | null>(null);
  const mineOnly = mineChosen ?? (pairs.data?.items ?? []).some((p) => p.mine);
  const orgs = usePartyOrgs(can('party-org:read'));
  const branchName = (id: string | null) => (id ? (orgs.data?.items.find((o) => o.id === id)?.name ?? '—') : '—');
  const shown = (pairs.data?.items ?? []).filter((p) => !mineOnly || p.mine);
  const c = compliance.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('members.pairing.title')}
      </Typography.Title>
      <Card title={t('members.pairing.compliance')} data-testid="pairing-compliance">
        <Table
          rowKey={(h) => `${h.helperRole}:${h.helperName}`}
          size="small"
          dataSource={c?.helpers ?? []}
          pagination={{ pageSize: 10 }}
          onRow={(h) => ({ 'data-testid': `helper-${h.helperName}` }) as never}
          columns={[
            {
              title: t('members.pairing.helper'),
              dataIndex: 'helperName',
              render: (n: string, h) => (
                <Space>
                  {n}
                  {h.mine && <Tag color="blue">{t('members.pairing.me')}</Tag>}
                </Space>
              ),
            },
            {
              title: t('members.pairing.role'),
              dataIndex: 'helperRole',
              render: (r: string) => t(`members.helperRole.${r}`),
            },
            {
              title: t('members.pairing.targets'),
              render: (_, h) => (
                <span data-testid="helper-targets">
                  {h.targets} / {h.required}
                </span>
              ),
            },
            {
              title: t('members.pairing.quota'),
              render: (_, h) => (
                <Tag color={h.meetsQuota ? 'green' : 'red'}>
                  {h.meetsQuota ? t('members.pairing.met') : t('members.pairing.short')}
                </Tag>
              ),
            },
            {
              title: t('members.pairing.overdue'),
              dataIndex: 'overdue',
              render: (n: number) => (
                <span data-testid="helper-overdue">{n > 0 ? <Tag color="orange">{n}</Tag> : 0}</span>
              ),
            },
          ]}
        />
        <Space wrap style={{ marginTop: 12 }}>
          <Tag color="orange">{t('members.pairing.overdueTotal', { n: c?.overdue.length ?? 0 })}</Tag>
          <Tag color="red">{t('members.pairing.unpaired', { n: c?.unpairedNeedy.length ?? 0 })}</Tag>
        </Space>
        {c && c.unpairedNeedy.length > 0 && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
            {c.unpairedNeedy
              .slice(0, 30)
              .map((r) => r.name)
              .join('、')}
          </Typography.Paragraph>
        )}
      </Card>
      <Card
        title={t('members.pairing.pairs')}
        extra={
          <Space>
            <Button size="small" onClick={() => setMineOnly(!mineOnly)}>
              {mineOnly ? t('members.pairing.showAll') : t('members.pairing.showMine')}
            </Button>
            {can('pairing:write') && (
              <Button size="small" type="primary" onClick={() => setCreating(true)}>
                {t('members.pairing.add')}
              </Button>
            )}
          </Space>
        }
      >
        <Table<Pairing>
          rowKey="id"
          size="small"
          dataSource={shown}
          pagination={{ pageSize: 15 }}
          columns={[
            { title: t('members.pairing.helper'), dataIndex: 'helperName' },
            {
              title: t('members.pairing.helperBranch'),
              dataIndex: 'helperBranchId',
              render: (id: string | null) => branchName(id),
            },
            {
              title: t('members.pairing.target'),
              render: (_, p) => `${p.targetName}（${t(`members.targetKind.${p.targetKind}`)}）`,
            },
            {
              title: t('members.pairing.lastContact'),
              render: (_, p) => (
                <Space>
                  {p.lastContactOn ?? '—'}
                  {p.overdue && <Tag color="orange">{t('members.pairing.isOverdue')}</Tag>}
                </Space>
              ),
            },
            {
              title: '',
              render: (_, p) =>
                can('pairing:write') && (
                  <Button size="small" onClick={() => setContacting(p)} data-testid={`log-contact-${p.targetName}`}>
                    {t('members.pairing.log')}
                  </Button>
                ),
            },
          ]}
        />
      </Card>
      <PairingRulesCard />
      <FormModal
        form={form}
        open={Boolean(contacting)}
        title={`${t('members.pairing.log')} · ${contacting?.targetName ?? ''}`}
        onClose={() => setContacting(null)}
        initialValues={{ kind: 'visit', contactedOn: dayjs() }}
        onFinish={(v: Record<string, unknown>) =>
          submitForm(
            form,
            contactBody,
            {
              ...v,
              contactedOn: dayjs.isDayjs(v.contactedOn) ? v.contactedOn.format('YYYY-MM-DD') : v.contactedOn,
              photos: v.photos ?? [],
            },
            {
              mutate: (body, o) => {
                if (contacting) log.mutate({ id: contacting.id, body }, o);
              },
            },
            () => {
              setContacting(null);
              notifySuccess(t('members.saved'));
            },
          )
        }
      >
        <Form.Item name="kind" label={t('members.pairing.kind')}>
          <Select options={options(CONTACT_KIND_KEYS, t, 'members.contactKind')} />
        </Form.Item>
        <Form.Item name="contactedOn" label={t('members.pairing.date')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="note" label={t('members.pairing.note')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} data-testid="contact-note" />
        </Form.Item>
        <Form.Item name="photos" label={t('members.photos')}>
          <PhotoUpload endpoint="/api/pairing/photos" />
        </Form.Item>
      </FormModal>
      <FormModal
        form={createForm}
        open={creating}
        title={t('members.pairing.add')}
        onClose={() => setCreating(false)}
        initialValues={{
          helperRole: session.user.role === 'branch_secretary' ? 'branch_secretary' : 'leader',
          targetKind: 'needy_resident',
          helperName: session.user.displayName,
          communityId: session.user.scopeUnitId,
        }}
        onFinish={(v: Record<string, unknown>) =>
          submitForm(
            createForm,
            pairingCreateBody,
            {
              ...v,
              helperUserId: v.helperName === session.user.displayName ? session.user.id : undefined,
              startedOn: dayjs.isDayjs(v.startedOn) ? v.startedOn.format('YYYY-MM-DD') : v.startedOn,
            },
            create,
            () => setCreating(false),
          )
        }
      >
        <Form.Item name="communityId" label={t('members.community')}>
          <CommunityField />
        </Form.Item>
        <Form.Item name="helperRole" label={t('members.pairing.role')}>
          <Select options={options(HELPER_ROLE_KEYS, t, 'members.helperRole')} />
        </Form.Item>
        <Form.Item name="helperName" label={t('members.pairing.helper')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        {can('party-org:read') && (
          <Form.Item
            name="helperBranchId"
            label={t('members.pairing.helperBranch')}
            extra={t('members.pairing.helperBranchHint')}
          >
            <BranchSelect allowClear width="100%" />
          </Form.Item>
        )}
        <Form.Item name="targetKind" label={t('members.pairing.targetKind')}>
          <Select options={options(TARGET_KIND_KEYS, t, 'members.targetKind')} />
        </Form.Item>
        <Form.Item name="targetName" label={t('members.pairing.target')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="startedOn" label={t('members.pairing.started')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
