import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Select, Space, Tag, Typography } from 'antd';
import { CheckCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { REPORT_ITEM_KINDS } from '@jishi/shared';
import { notifySuccess } from '../../lib/notify.ts';
import { useMyDay, type MyDay } from './grid-api.ts';
import { enqueue } from './outbox-sync.ts';
import { useOutbox } from './use-outbox.ts';
import { rememberedPosts } from './outbox-store.ts';
import { OutboxPanel } from './outbox-panel.tsx';
import { CaseForm } from './case-form.tsx';
import { TodayTodos } from './today-todos.tsx';

type Post = MyDay['posts'][number];
interface ItemValues {
  items: { kind: string; description: string; place?: string }[];
}

/** 今日排查: the specialist's phone page — one tap for a zero report, findings, a new case; everything goes through the outbox. */
export function GridTodayPage() {
  const { t } = useTranslation();
  const day = useMyDay();
  const { entries, online, retry } = useOutbox();
  const [caseOpen, setCaseOpen] = useState(false);
  const [itemsFor, setItemsFor] = useState<string | null>(null);
  // Offline (no answer yet), the posts remembered from the last online visit: drafts need only the grid.
  const posts: Post[] =
    day.data?.posts ??
    (day.fetchStatus === 'paused' || day.isError ? rememberedPosts().map((p) => ({ ...p, report: null })) : []);
  const specialistGrids = posts.filter((p) => p.post === 'specialist');
  const grids = [...new Map(posts.map((p) => [p.gridId, { id: p.gridId, name: p.gridName }])).values()];
  const queuedFor = (gridId: string) => entries.some((e) => e.kind === 'report' && e.body.gridId === gridId);

  const file = async (p: Post, items: ItemValues['items']) => {
    const key = crypto.randomUUID();
    await enqueue({
      key,
      kind: 'report',
      label: `${p.gridName} · ${items.length ? t('gridGov.today.items', { n: items.length }) : t('gridGov.today.zero')}`,
      body: { gridId: p.gridId, zero: items.length === 0, items, idempotencyKey: key },
      photos: [],
    });
    notifySuccess(navigator.onLine ? t('gridGov.today.sent') : t('gridGov.today.queued'));
    setItemsFor(null);
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%', maxWidth: 560 }} data-testid="grid-today-page">
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('gridGov.today.title')}
      </Typography.Title>
      {day.data && (
        <Typography.Text type="secondary">
          {day.data.date} · {t('gridGov.today.intro', { cutoff: day.data.cutoff })}
        </Typography.Text>
      )}
      <TodayTodos day={day.data} />
      {day.data?.afterCutoff && <Alert type="warning" showIcon message={t('gridGov.today.afterCutoff')} />}
      <OutboxPanel entries={entries} online={online} retry={retry} />
      {day.data && specialistGrids.length === 0 && <Alert type="info" message={t('gridGov.today.noPosts')} />}
      {specialistGrids.map((p) => (
        <Card
          key={p.gridId}
          size="small"
          title={p.gridName}
          data-testid={`today-grid-${p.gridId}`}
          data-reported={p.report ? 'true' : 'false'}
        >
          {p.report ? (
            <Space wrap data-testid="today-reported">
              <Tag icon={<CheckCircleOutlined />} color="green">
                {p.report.zero ? t('gridGov.today.zeroDone') : t('gridGov.today.reported')}
              </Tag>
              {!p.report.zero && <Tag>{t('gridGov.today.items', { n: p.report.items.length })}</Tag>}
              {p.report.late && <Tag color="orange">{t('gridGov.today.late')}</Tag>}
            </Space>
          ) : queuedFor(p.gridId) ? (
            <Tag color="orange" data-testid="today-queued">
              {t('gridGov.outbox.waiting')}
            </Tag>
          ) : itemsFor === p.gridId ? (
            <Form<ItemValues>
              layout="vertical"
              initialValues={{ items: [{ kind: 'dispute', description: '' }] }}
              onFinish={(v) => file(p, v.items)}
              data-testid="report-items-form"
            >
              <Form.List name="items">
                {(fields, { add }) => (
                  <>
                    {fields.map((f) => (
                      <Space key={f.key} orientation="vertical" style={{ width: '100%' }}>
                        <Form.Item name={[f.name, 'kind']} noStyle>
                          <Select
                            style={{ width: 140 }}
                            options={REPORT_ITEM_KINDS.map((k) => ({ value: k, label: t(`gridGov.itemKind.${k}`) }))}
                          />
                        </Form.Item>
                        <Form.Item name={[f.name, 'description']} rules={[{ required: true, max: 500 }]}>
                          <Input.TextArea
                            rows={2}
                            placeholder={t('gridGov.today.description')}
                            data-testid="report-item-description"
                          />
                        </Form.Item>
                      </Space>
                    ))}
                    <Button
                      type="dashed"
                      icon={<PlusOutlined />}
                      onClick={() => add({ kind: 'visit', description: '' })}
                      block
                    >
                      {t('gridGov.today.addItem')}
                    </Button>
                  </>
                )}
              </Form.List>
              <Button type="primary" htmlType="submit" block style={{ marginTop: 8 }} data-testid="report-items-send">
                {t('gridGov.today.send')}
              </Button>
            </Form>
          ) : (
            <Space wrap>
              <Button
                type="primary"
                size="large"
                data-testid={`zero-report-${p.gridId}`}
                onClick={() => void file(p, [])}
              >
                {t('gridGov.today.zero')}
              </Button>
              <Button size="large" data-testid={`report-items-${p.gridId}`} onClick={() => setItemsFor(p.gridId)}>
                {t('gridGov.today.withItems')}
              </Button>
            </Space>
          )}
        </Card>
      ))}
      {grids.length > 0 && (
        <Button block size="large" icon={<PlusOutlined />} data-testid="new-case" onClick={() => setCaseOpen(true)}>
          {t('gridGov.today.newCase')}
        </Button>
      )}
      <CaseForm grids={grids} open={caseOpen} onClose={() => setCaseOpen(false)} />
    </Space>
  );
}
