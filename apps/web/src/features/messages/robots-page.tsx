import { useState } from 'react';
import { Alert, Button, Card, Col, Empty, Flex, Popconfirm, Row, Space, Spin, Switch, Tag, Typography } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined, SendOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { RobotView } from '@jishi/shared';
import { notifySuccess } from '../../lib/notify.ts';
import { RobotCreateModal, RobotEditModal } from './robot-modal.tsx';
import { useDeleteRobot, useRobots, useTestRobot, useToggleRobot } from './robots-api.ts';

const PLATFORM_COLOR = { wecom: 'green', dingtalk: 'blue' } as const;

function RobotCard({ robot, onEdit }: { robot: RobotView; onEdit: () => void }) {
  const { t } = useTranslation();
  const toggle = useToggleRobot();
  const test = useTestRobot();
  const remove = useDeleteRobot();
  return (
    <Card
      size="small"
      data-testid={`robot-${robot.id}`}
      data-name={robot.name}
      data-enabled={robot.enabled ? 'true' : 'false'}
      title={
        <Space size={8} wrap>
          <Tag color={PLATFORM_COLOR[robot.platform]}>{t(`robots.platforms.${robot.platform}`)}</Tag>
          <Typography.Text strong>{robot.name}</Typography.Text>
        </Space>
      }
      extra={
        <Switch
          size="small"
          data-testid="robot-toggle"
          checked={robot.enabled}
          loading={toggle.isPending}
          aria-label={robot.enabled ? t('robots.disable') : t('robots.enable')}
          onChange={() => toggle.mutate(robot)}
        />
      }
      actions={[
        <Button key="edit" type="text" size="small" icon={<EditOutlined />} data-testid="robot-edit" onClick={onEdit}>
          {t('common.edit')}
        </Button>,
        <Button
          key="test"
          type="text"
          size="small"
          icon={<SendOutlined />}
          data-testid="robot-test"
          disabled={!robot.enabled}
          loading={test.isPending}
          onClick={() => test.mutate(robot.id, { onSuccess: () => notifySuccess(t('robots.testQueued')) })}
        >
          {t('robots.test')}
        </Button>,
        <Popconfirm
          key="delete"
          title={t('robots.removeConfirm', { name: robot.name })}
          onConfirm={() => remove.mutate(robot.id, { onSuccess: () => notifySuccess(t('robots.removed')) })}
        >
          <Button type="text" size="small" danger icon={<DeleteOutlined />} data-testid="robot-delete">
            {t('robots.remove')}
          </Button>
        </Popconfirm>,
      ]}
    >
      <Flex vertical gap={6}>
        <Typography.Text type="secondary">
          {t('robots.unit')}：{robot.unitName}
          {!robot.enabled && (
            <Tag style={{ marginInlineStart: 8 }} data-testid="robot-disabled">
              {t('robots.disabled')}
            </Tag>
          )}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ wordBreak: 'break-all' }}>
          {t('robots.webhook')}：<Typography.Text code>{robot.webhookHint}</Typography.Text>
          {robot.hasSecret && <Tag style={{ marginInlineStart: 8 }}>{t('robots.secret')}</Tag>}
        </Typography.Text>
        <div>
          <Typography.Text type="secondary">{t('robots.kinds')}：</Typography.Text>
          {robot.kinds.length === 0 ? (
            <Typography.Text type="secondary">{t('robots.kindsNone')}</Typography.Text>
          ) : (
            <Flex wrap gap={4} style={{ marginTop: 4 }}>
              {robot.kinds.map((k) => (
                <Tag key={k} style={{ marginInlineEnd: 0 }}>
                  {t(`messageKind.${k}`)}
                </Tag>
              ))}
            </Flex>
          )}
        </div>
      </Flex>
    </Card>
  );
}

/**
 * 群机器人 (robot:manage): the WeCom / DingTalk group robots of the caller's units — add, edit, enable or disable,
 * delete, send a test post. The webhook and the signing secret are never shown back, only a hint.
 */
export function RobotsPage() {
  const { t } = useTranslation();
  const robots = useRobots();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<RobotView | null>(null);
  const kinds = robots.data?.kinds ?? [];
  const items = robots.data?.items ?? [];
  return (
    <Flex vertical gap={16} style={{ width: '100%', maxWidth: 1100 }} data-testid="robots-page">
      <Flex align="center" justify="space-between" wrap gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('robots.title')}
        </Typography.Title>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          data-testid="robot-add"
          disabled={!robots.data}
          onClick={() => setAdding(true)}
        >
          {t('robots.add')}
        </Button>
      </Flex>
      <Alert type="info" showIcon title={t('robots.intro')} data-testid="robots-intro" />
      {robots.isPending ? (
        <Spin />
      ) : items.length === 0 ? (
        <Card size="small">
          <Empty description={t('robots.none')} data-testid="robots-empty" />
        </Card>
      ) : (
        <Row gutter={[16, 16]}>
          {items.map((r) => (
            <Col key={r.id} xs={24} lg={12}>
              <RobotCard robot={r} onEdit={() => setEditing(r)} />
            </Col>
          ))}
        </Row>
      )}
      {adding && <RobotCreateModal kinds={kinds} onClose={() => setAdding(false)} />}
      {editing && <RobotEditModal robot={editing} kinds={kinds} onClose={() => setEditing(null)} />}
    </Flex>
  );
}
