import { useState } from 'react';
import { Button, Flex, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { testId } from '../../lib/test-id.ts';
import { useCan } from '../auth/session.ts';
import { passText, quorumText } from './stage-rules.ts';
import { useTemplates } from './templates-api.ts';
import type { Template } from './templates-api.ts';
import { TemplateCreateModal } from './template-create-modal.tsx';
import { TemplateVersionModal } from './template-version-modal.tsx';

/** Procedure templates and their versions; the subdistrict admin creates a template, or a new version from the current one. */
export function TemplatesPanel() {
  const { t } = useTranslation();
  const can = useCan();
  const templates = useTemplates();
  const [editing, setEditing] = useState<Template | null>(null);
  const [creating, setCreating] = useState(false);
  const columns: TableColumnsType<Template> = [
    { title: t('common.name'), dataIndex: 'name' },
    { title: t('templates.code'), dataIndex: 'code' },
    { title: t('templates.version'), dataIndex: 'version', width: 70, render: (v: number) => `v${v}` },
    {
      title: t('templates.appliesTo'),
      dataIndex: 'appliesTo',
      render: (a: Template['appliesTo']) => t(`templateScope.${a}`),
    },
    {
      title: t('common.status'),
      dataIndex: 'status',
      render: (s: Template['status'], r) => (
        <>
          {<Tag color={s === 'active' ? 'green' : 'default'}>{t(`templates.${s}`)}</Tag>}
          {r.inUse && <Tag>{t('templates.inUse')}</Tag>}
        </>
      ),
    },
    { title: t('templates.stages'), key: 'n', render: (_: unknown, r) => r.stages.map((s) => s.name).join(' → ') },
    {
      title: t('common.actions'),
      key: 'a',
      width: 110,
      render: (_: unknown, r) =>
        r.abilities.newVersion && (
          <Button size="small" data-testid={`template-version-${r.id}`} onClick={() => setEditing(r)}>
            {t('templates.newVersion')}
          </Button>
        ),
    },
  ];
  const stageColumns: TableColumnsType<Template['stages'][number]> = [
    { title: '#', dataIndex: 'seq', width: 40 },
    { title: t('templates.stageName'), dataIndex: 'name' },
    { title: t('templates.body'), dataIndex: 'body', render: (b: string) => t(`stageBody.${b}`) },
    {
      title: t('templates.quorum'),
      key: 'q',
      render: (_: unknown, s) => (s.quorum ? quorumText(t, s.quorum) : t('common.none')),
    },
    {
      title: t('templates.pass'),
      key: 'p',
      render: (_: unknown, s) => (s.pass ? passText(t, s.pass) : t('common.none')),
    },
    { title: t('templates.noticeDays'), dataIndex: 'noticeDays', render: (d: number | null) => d ?? t('common.none') },
    {
      title: t('templates.mergeable'),
      dataIndex: 'mergeableWithPrevious',
      render: (m: boolean) => (m ? t('common.yes') : t('common.no')),
    },
  ];
  return (
    <>
      {can('decision:template') && (
        <Flex justify="end" style={{ marginBottom: 12 }}>
          <Button
            data-testid="template-create"
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
          >
            {t('templates.newTemplate')}
          </Button>
        </Flex>
      )}
      <Table<Template>
        rowKey="id"
        size="middle"
        loading={templates.isPending}
        dataSource={templates.data?.items ?? []}
        columns={columns}
        pagination={false}
        onRow={(r) => testId(`template-row-${r.id}`)}
        expandable={{
          expandedRowRender: (r) => (
            <Table rowKey="seq" size="small" pagination={false} columns={stageColumns} dataSource={r.stages} />
          ),
        }}
      />
      {creating && <TemplateCreateModal onClose={() => setCreating(false)} />}
      {editing && <TemplateVersionModal template={editing} onClose={() => setEditing(null)} />}
    </>
  );
}
