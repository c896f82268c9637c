import { Card, Flex, Spin, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCan } from '../auth/session.ts';
// dashboard: the headline figures below the work
import { useHomeFigures } from '../dashboard/home-figures-api.ts';
import { StatCards } from '../dashboard/stat-cards.tsx';
import { groupTodos } from './todo-groups.ts';
import { TodoList } from './todo-list.tsx';
import { useTodos } from './todos-api.ts';

/** The headline figures of the user's scope today, with the way to the full overview (数据总览). */
function Figures() {
  const { t } = useTranslation();
  const figures = useHomeFigures(undefined, true);
  return (
    <Flex vertical gap={12} data-testid="home-figures">
      <Flex align="center" justify="space-between" wrap gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('dashboard.title')}
        </Typography.Title>
        <Link to="/dashboard" data-testid="home-dashboard">
          {t('nav.dashboard')} →
        </Link>
      </Flex>
      {figures.data ? (
        <StatCards data={figures.data} />
      ) : (
        <Spin spinning={figures.isPending}>
          <div style={{ minHeight: 120 }} />
        </Spin>
      )}
    </Flex>
  );
}

/** 首页: the signed-in user's to-do (待办) first, grouped by kind and most urgent first; then the figures. */
export function HomePage() {
  const { t } = useTranslation();
  const can = useCan();
  const todos = useTodos();
  const groups = todos.data ? groupTodos(todos.data.groups, todos.data.items) : [];
  const total = todos.data?.groups.reduce((n, g) => n + g.count, 0) ?? 0;
  const urgent = todos.data?.groups.reduce((n, g) => n + g.urgent, 0) ?? 0;
  return (
    <Flex vertical gap={24} style={{ width: '100%' }} data-testid="home-page">
      <Flex vertical gap={12} data-testid="home-todos">
        <Flex align="center" gap={8} wrap>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('todo.title')}
          </Typography.Title>
          {todos.data && (
            <Typography.Text type="secondary" data-testid="todo-total" data-total={total}>
              {t('todo.total', { count: total })}
            </Typography.Text>
          )}
          {urgent > 0 && (
            <Tag color="red" data-testid="todo-urgent-total">
              {t('todo.urgentCount', { count: urgent })}
            </Tag>
          )}
        </Flex>
        {todos.data ? (
          <TodoList groups={groups} />
        ) : todos.isError ? (
          <Card size="small">
            <Typography.Text type="secondary">{t('todo.unavailable')}</Typography.Text>
          </Card>
        ) : (
          <Spin>
            <div style={{ minHeight: 80 }} />
          </Spin>
        )}
      </Flex>
      {can('dashboard:read') && <Figures />}
    </Flex>
  );
}
