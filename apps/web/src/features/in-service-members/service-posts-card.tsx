import { useState } from 'react';
import { Button, Card, Form, Input, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { servicePostBody } from '@jishi/shared';
import { FormModal } from '../../components/form-modal.tsx';
import { submitForm } from '../../lib/submit-form.ts';
import { useCan, useRequiredSession } from '../auth/session.ts';
import { CommunityField } from '../../components/community-field.tsx';
import { useItems, useWrite } from '../../lib/members-api.ts';
import type { ServicePost } from '../../lib/members-api.ts';

/** The community's menu of service posts (服务岗位) that in-service members choose from when they report. */
export function ServicePostsCard() {
  const { t } = useTranslation();
  const can = useCan();
  const session = useRequiredSession();
  const [communityId, setCommunityId] = useState<string | undefined>(session.user.scopeUnitId);
  const posts = useItems<ServicePost>('/api/in-service/posts', { communityId }, Boolean(communityId));
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  const create = useWrite<unknown>(() => '/api/in-service/posts');
  return (
    <Card
      title={t('members.posts.title')}
      extra={
        can('volunteer:write') &&
        communityId && (
          <Button size="small" onClick={() => setOpen(true)} data-testid="post-add">
            {t('members.posts.add')}
          </Button>
        )
      }
    >
      <Space style={{ marginBottom: 12, minWidth: 240 }}>
        <CommunityField value={communityId} onChange={setCommunityId} />
      </Space>
      <Table<ServicePost>
        rowKey="id"
        size="small"
        loading={posts.isFetching}
        dataSource={communityId ? (posts.data?.items ?? []) : []}
        pagination={false}
        columns={[
          { title: t('members.posts.name'), dataIndex: 'name' },
          { title: t('members.posts.description'), dataIndex: 'description' },
        ]}
      />
      <FormModal
        form={form}
        open={open}
        title={t('members.posts.add')}
        onClose={() => setOpen(false)}
        confirmLoading={create.isPending}
        onFinish={(v: Record<string, unknown>) =>
          submitForm(form, servicePostBody, { ...v, communityId }, create, () => setOpen(false))
        }
      >
        <Form.Item name="name" label={t('members.posts.name')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="description" label={t('members.posts.description')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
