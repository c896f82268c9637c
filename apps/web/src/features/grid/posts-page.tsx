import { Button, Card, Form, Input, Popconfirm, Select, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { GRID_POSTS } from '@jishi/shared';
import { notifyError, notifySuccess } from '../../lib/notify.ts';
import { useCan } from '../auth/session.ts';
import { UnitSelect } from '../territory/unit-select.tsx';
import {
  useAssignPost,
  useEndPost,
  useGridSettings,
  usePosts,
  useSaveSettings,
  useStaff,
  type PostView,
} from './grid-api.ts';

/** 网格岗位: who holds which post in which grid (one person may hold several), and the subdistrict's daily cut-off. */
export function GridPostsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const posts = usePosts();
  const staff = useStaff();
  const assign = useAssignPost();
  const end = useEndPost();
  const [form] = Form.useForm<{ gridId: string; userId: string; post: string }>();
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="grid-posts-page">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('gridGov.posts.title')}
      </Typography.Title>
      <Card size="small" title={t('gridGov.posts.assign')}>
        <Form
          form={form}
          layout="inline"
          style={{ rowGap: 8 }}
          onFinish={(v) =>
            assign.mutate(v, {
              onSuccess: () => {
                notifySuccess(t('gridGov.posts.assigned'));
                form.resetFields();
              },
              onError: notifyError,
            })
          }
        >
          <Form.Item name="gridId" rules={[{ required: true }]}>
            <UnitSelect kinds={['grid', 'micro_grid']} placeholder={t('gridGov.posts.grid')} style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="userId" rules={[{ required: true }]}>
            <Select
              showSearch
              optionFilterProp="label"
              placeholder={t('gridGov.posts.person')}
              style={{ width: 220 }}
              options={(staff.data?.items ?? []).map((s) => ({ value: s.id, label: `${s.name} · ${s.unitName}` }))}
            />
          </Form.Item>
          <Form.Item name="post" rules={[{ required: true }]}>
            <Select
              placeholder={t('gridGov.posts.post')}
              style={{ width: 160 }}
              options={GRID_POSTS.map((p) => ({ value: p, label: t(`gridGov.post.${p}`) }))}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={assign.isPending}>
            {t('gridGov.posts.assign')}
          </Button>
        </Form>
      </Card>
      <Card size="small">
        <Table<PostView>
          rowKey="id"
          size="small"
          loading={posts.isFetching}
          dataSource={posts.data?.items ?? []}
          pagination={{ pageSize: 50 }}
          scroll={{ x: 560 }}
          columns={[
            { title: t('gridGov.posts.grid'), dataIndex: 'gridName' },
            { title: t('gridGov.posts.person'), dataIndex: 'userName' },
            { title: t('gridGov.posts.post'), dataIndex: 'post', render: (p: string) => t(`gridGov.post.${p}`) },
            { title: t('gridGov.posts.since'), dataIndex: 'since', width: 110 },
            {
              title: '',
              key: 'end',
              width: 80,
              render: (_: unknown, p) => (
                <Popconfirm
                  title={t('gridGov.posts.end')}
                  onConfirm={() =>
                    end.mutate(p.id, { onSuccess: () => notifySuccess(t('gridGov.posts.ended')), onError: notifyError })
                  }
                >
                  <Button size="small" danger>
                    {t('gridGov.posts.end')}
                  </Button>
                </Popconfirm>
              ),
            },
          ]}
        />
      </Card>
      {can('grid:configure') && <SettingsCard />}
    </Space>
  );
}

function SettingsCard() {
  const { t } = useTranslation();
  const settings = useGridSettings();
  const save = useSaveSettings();
  if (!settings.data) return <Card loading />;
  const current = settings.data;
  return (
    <Card size="small" title={t('gridGov.posts.settings')}>
      <Form
        layout="inline"
        initialValues={{ cutoff: current.cutoff }}
        onFinish={(v: { cutoff: string }) =>
          save.mutate(
            { ...current, cutoff: v.cutoff },
            { onSuccess: () => notifySuccess(t('gridGov.posts.saved')), onError: notifyError },
          )
        }
      >
        <Form.Item
          name="cutoff"
          label={t('gridGov.posts.cutoff')}
          rules={[{ required: true, pattern: /^([01]\d|2[0-3]):[0-5]\d$/ }]}
        >
          <Input style={{ width: 90 }} />
        </Form.Item>
        <Button htmlType="submit" loading={save.isPending}>
          {t('gridGov.posts.saveSettings')}
        </Button>
      </Form>
    </Card>
  );
}
