import { useState } from 'react';
import {
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Image,
  Input,
  List,
  Modal,
  Select,
  Space,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { MEDIATION_OUTCOMES } from '@jishi/shared';
import { formatDateTime, toIsoDate } from '../../lib/format.ts';
import { notifyError, notifySuccess } from '../../lib/notify.ts';
import { testId } from '../../lib/test-id.ts';
import { useCase, useCaseAction, useRecordSession, type CaseAction, type CaseView } from './grid-api.ts';
import { CaseStatusTag, TimerTag } from './grid-tags.tsx';

type Action = CaseView['abilities']['actions'][number];

/** One case: facts, parties, photos, the history, mediation sessions, and the actions its state and level allow. */
export function GridCasePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const q = useCase(id);
  const c = q.data;
  if (!c) return <Card loading />;
  return (
    <Space
      orientation="vertical"
      size="middle"
      style={{ width: '100%' }}
      data-testid="grid-case-page"
      data-status={c.status}
      data-level={c.level}
    >
      <Space wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {c.number}
        </Typography.Title>
        <CaseStatusTag status={c.status} />
        <Tag data-testid="case-level">{t(`gridGov.level.${c.level}`)}</Tag>
        <TimerTag timer={c.timer} />
      </Space>
      <CaseActions c={c} />
      <Card size="small">
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'grid', label: t('gridGov.cases.grid'), children: c.gridName },
            { key: 'category', label: t('gridGov.cases.category'), children: t(`gridGov.category.${c.category}`) },
            { key: 'risk', label: t('gridGov.cases.risk'), children: t(`gridGov.risk.${c.risk}`) },
            { key: 'source', label: t('gridGov.caseForm.source'), children: t(`gridGov.source.${c.source}`) },
            { key: 'place', label: t('gridGov.case.place'), children: c.place },
            { key: 'assignee', label: t('gridGov.case.assignee'), children: c.assigneeName ?? '—' },
            {
              key: 'location',
              label: t('gridGov.case.location'),
              children: c.location ? `${c.location.lat.toFixed(5)}, ${c.location.lng.toFixed(5)}` : '—',
            },
            {
              key: 'resolved',
              label: t('gridGov.case.resolvedLevel'),
              children: c.resolvedLevel ? t(`gridGov.level.${c.resolvedLevel}`) : '—',
            },
            { key: 'desc', label: t('gridGov.case.description'), children: c.description, span: 2 },
            {
              key: 'parties',
              label: t('gridGov.case.parties'),
              children: c.parties.map((p) => `${p.name}${p.role ? `（${p.role}）` : ''}`).join('、'),
              span: 2,
            },
          ]}
        />
      </Card>
      {c.photos.length > 0 && (
        <Card size="small" title={t('gridGov.case.photos')} data-testid="case-photos-list" data-count={c.photos.length}>
          <Image.PreviewGroup>
            <Space wrap>
              {c.photos.map((p) => (
                <Image key={p.id} width={96} src={`/api/grid/cases/${c.id}/photos/${p.id}`} />
              ))}
            </Space>
          </Image.PreviewGroup>
        </Card>
      )}
      <Card size="small" title={t('gridGov.case.sessions')}>
        <List
          size="small"
          dataSource={c.sessions}
          renderItem={(s) => (
            <List.Item>
              <Space wrap>
                <Tag>{s.heldOn}</Tag>
                <Tag color={s.outcome === 'agreement' ? 'green' : 'default'}>{t(`gridGov.outcome.${s.outcome}`)}</Tag>
                {s.mediators.join('、')}
                <Typography.Text type="secondary">{s.notes}</Typography.Text>
              </Space>
            </List.Item>
          )}
        />
        {c.abilities.session && <SessionForm id={c.id} />}
      </Card>
      <Card size="small" title={t('gridGov.case.events')}>
        <Timeline
          items={c.events.map((e) => ({
            content: (
              <Space orientation="vertical" size={0}>
                <span>
                  {formatDateTime(e.at)} · {t(`gridGov.action.${e.action}`)} → {t(`gridGov.status.${e.to}`)}（
                  {t(`gridGov.level.${e.level}`)}）· {e.by}
                </span>
                {e.note && <Typography.Text type="secondary">{e.note}</Typography.Text>}
              </Space>
            ),
          }))}
        />
      </Card>
    </Space>
  );
}

function CaseActions({ c }: { c: CaseView }) {
  const { t } = useTranslation();
  const act = useCaseAction(c.id);
  const [pending, setPending] = useState<Action | null>(null);
  const [form] = Form.useForm<CaseAction>();
  if (c.abilities.actions.length === 0)
    return c.status === 'closed' ? null : (
      <Typography.Text type="secondary">{t('gridGov.case.noActions')}</Typography.Text>
    );
  const run = (body: CaseAction) =>
    act.mutate(body, {
      onSuccess: () => {
        notifySuccess(t('gridGov.case.done'));
        setPending(null);
        form.resetFields();
      },
      onError: notifyError,
    });
  // The server offers whom this caller may assign: people of the case's grid (the leader any post holder, a worker only themselves).
  const staffOptions = c.abilities.assignees.map((p) => ({
    value: p.id,
    label: [p.name, ...p.posts.map((post) => t(`gridGov.post.${post}`)), p.unitName].join(' · '),
  }));
  return (
    <Space wrap data-testid="case-actions">
      {c.abilities.actions.map((a) => (
        <Button
          key={a}
          data-testid={`case-action-${a}`}
          type={a === 'escalate' ? 'default' : 'primary'}
          danger={a === 'escalate'}
          onClick={() => setPending(a)}
        >
          {t(`gridGov.action.${a}`)}
        </Button>
      ))}
      <Modal
        open={pending !== null}
        title={pending ? t(`gridGov.action.${pending}`) : ''}
        onCancel={() => setPending(null)}
        confirmLoading={act.isPending}
        onOk={() => void form.validateFields().then((v) => run({ ...v, action: pending as Action }))}
        okButtonProps={testId('case-action-confirm')}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false}>
          {pending === 'assign' && (
            <Form.Item name="assigneeId" label={t('gridGov.case.assignee')} rules={[{ required: true }]}>
              <Select options={staffOptions} data-testid="case-assignee" />
            </Form.Item>
          )}
          {pending === 'resolve' && (
            <Form.Item name="agreement" label={t('gridGov.case.agreement')} rules={[{ max: 2000 }]}>
              <Input.TextArea rows={3} />
            </Form.Item>
          )}
          {pending === 'escalate' && (
            <Form.Item name="reason" label={t('gridGov.case.reason')} rules={[{ min: 4, max: 200 }]}>
              <Input.TextArea rows={2} data-testid="case-escalate-reason" />
            </Form.Item>
          )}
          <Form.Item name="note" label={t('gridGov.case.note')} rules={[{ max: 1000 }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}

function SessionForm({ id }: { id: string }) {
  const { t } = useTranslation();
  const record = useRecordSession(id);
  const [form] = Form.useForm<{
    heldOn: Parameters<typeof toIsoDate>[0];
    mediators: string;
    outcome: string;
    notes?: string;
  }>();
  return (
    <Form
      form={form}
      layout="inline"
      style={{ marginTop: 8, rowGap: 8 }}
      data-testid="session-form"
      onFinish={(v) =>
        record.mutate(
          {
            heldOn: toIsoDate(v.heldOn) as string,
            mediators: v.mediators
              .split(/[,，、]/)
              .map((s) => s.trim())
              .filter(Boolean),
            outcome: v.outcome as 'agreement',
            notes: v.notes ?? '',
          },
          {
            onSuccess: () => {
              notifySuccess(t('gridGov.case.done'));
              form.resetFields();
            },
            onError: notifyError,
          },
        )
      }
    >
      <Form.Item name="heldOn" rules={[{ required: true }]}>
        <DatePicker placeholder={t('gridGov.case.heldOn')} />
      </Form.Item>
      <Form.Item name="mediators" rules={[{ required: true }]}>
        <Input placeholder={t('gridGov.case.mediators')} />
      </Form.Item>
      <Form.Item name="outcome" rules={[{ required: true }]}>
        <Select
          style={{ width: 120 }}
          placeholder={t('gridGov.case.outcome')}
          options={MEDIATION_OUTCOMES.map((o) => ({ value: o, label: t(`gridGov.outcome.${o}`) }))}
        />
      </Form.Item>
      <Form.Item name="notes">
        <Input placeholder={t('gridGov.case.notes')} />
      </Form.Item>
      <Button htmlType="submit" loading={record.isPending}>
        {t('gridGov.case.sessionAdd')}
      </Button>
    </Form>
  );
}
