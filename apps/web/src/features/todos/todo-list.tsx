import { useState } from 'react';
import { Badge, Button, Card, Empty, Flex, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TodoItemView } from '@jishi/shared';
import { formatDateTime } from '../../lib/format.ts';
import { URGENCY_COLOR, type TodoGroup } from './todo-groups.ts';

/** An item's urgency (overdue / red / yellow); nothing when it is not urgent yet. */
export function UrgencyTag({ urgency }: { urgency: TodoItemView['urgency'] }) {
  const { t } = useTranslation();
  const color = URGENCY_COLOR[urgency];
  if (color === null) return null;
  return (
    <Tag color={color} data-testid="todo-urgency" data-urgency={urgency} style={{ marginInlineEnd: 0 }}>
      {t(`todo.urgency.${urgency}`)}
    </Tag>
  );
}

/** 'MM-DD HH:mm' this year; with the year when it is another (an item overdue since last January). */
function dueText(at: string): string {
  const full = formatDateTime(at);
  return full.slice(0, 4) === formatDateTime(new Date().toISOString()).slice(0, 4)
    ? full.slice(5, 16)
    : full.slice(0, 16);
}

const DUE_TYPE = { overdue: 'danger', red: 'danger', yellow: 'warning', normal: 'secondary' } as const;

function TodoRow({ item }: { item: TodoItemView }) {
  const { t } = useTranslation();
  return (
    <List.Item data-testid={`todo-item-${item.id}`} data-urgency={item.urgency} style={{ paddingInline: 0 }}>
      <Flex gap={8} wrap align="center" style={{ width: '100%' }}>
        <UrgencyTag urgency={item.urgency} />
        <Link to={item.link} data-testid="todo-link" style={{ flex: '1 1 160px', minWidth: 0 }}>
          {item.ref}
        </Link>
        {!item.mine && (
          <Tag data-testid="todo-post" style={{ marginInlineEnd: 0 }}>
            {t('todo.forPost')}
          </Tag>
        )}
        {item.dueAt && (
          <Typography.Text type={DUE_TYPE[item.urgency]} style={{ whiteSpace: 'nowrap' }}>
            {t('todo.due', { at: dueText(item.dueAt) })}
          </Typography.Text>
        )}
      </Flex>
    </List.Item>
  );
}

/** One kind of work: its label, its counts (open and urgent) and the most urgent of its items. */
function GroupCard({ group, limit }: { group: TodoGroup; limit: number }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const shown = open ? group.items : group.items.slice(0, limit);
  const more = group.count - shown.length;
  return (
    <Card
      size="small"
      data-testid={`todo-group-${group.kind}`}
      data-count={group.count}
      data-urgent={group.urgent}
      title={
        <Space size={8} wrap>
          <span>{t(`todo.kind.${group.kind}`, { defaultValue: group.kind, ...group.items[0]?.params })}</span>
          <Badge count={group.count} color="blue" overflowCount={999} showZero />
          {group.urgent > 0 && (
            <Tag color="red" style={{ marginInlineEnd: 0 }}>
              {t('todo.urgentCount', { count: group.urgent })}
            </Tag>
          )}
        </Space>
      }
    >
      <List size="small" dataSource={shown} renderItem={(item) => <TodoRow item={item} />} />
      {more > 0 &&
        (shown.length < group.items.length ? (
          <Button type="link" size="small" data-testid="todo-more" onClick={() => setOpen(true)} style={{ padding: 0 }}>
            {t('todo.more', { count: more })}
          </Button>
        ) : (
          <Typography.Text type="secondary" data-testid="todo-more">
            {t('todo.more', { count: more })}
          </Typography.Text>
        ))}
    </Card>
  );
}

/** The grouped list (most urgent group first), or a kind word when nothing waits. */
export function TodoList({ groups, limit = 5 }: { groups: readonly TodoGroup[]; limit?: number }) {
  const { t } = useTranslation();
  if (groups.length === 0)
    return (
      <Card size="small" data-testid="todo-empty">
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('todo.empty')} />
      </Card>
    );
  return (
    <Flex vertical gap={12} data-testid="todo-groups">
      {groups.map((g) => (
        <GroupCard key={g.kind} group={g} limit={limit} />
      ))}
    </Flex>
  );
}
