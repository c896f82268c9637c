import { Badge, Space, Tooltip } from 'antd';
import { BellOutlined, CarryOutOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
// to-do centre and messages: the counts behind the header's badges
import { useTodoCounts } from '../features/todos/todos-api.ts';
import { useUnreadCount } from '../features/messages/messages-api.ts';

const ICON = { fontSize: 20, color: 'rgba(0,0,0,0.65)' };

/**
 * The header's two badges: the signed-in user's open to-do items (urgent ones in red beside the total), linking to
 * the home page, and unread messages, linking to the message centre. Both counts are polled every minute and on
 * focus; a count that cannot be read is simply not shown.
 */
export function HeaderBadges() {
  const { t } = useTranslation();
  const todos = useTodoCounts();
  const unread = useUnreadCount();
  const total = todos.data?.total ?? 0;
  const urgent = todos.data?.urgent ?? 0;
  const unreadN = unread.data?.unread ?? 0;
  return (
    <Space size={20} align="center">
      <Tooltip title={t('todo.badge', { count: total, urgent })}>
        <Link
          to="/"
          data-testid="header-todos"
          data-total={todos.data ? total : ''}
          data-urgent={todos.data ? urgent : ''}
          aria-label={t('todo.badge', { count: total, urgent })}
        >
          <Space size={4} align="center">
            <Badge count={total} color="blue" size="small" overflowCount={99}>
              <CarryOutOutlined style={ICON} />
            </Badge>
            {urgent > 0 && (
              <Badge count={urgent} color="red" size="small" overflowCount={99} data-testid="header-urgent" />
            )}
          </Space>
        </Link>
      </Tooltip>
      <Tooltip title={t('messages.badge', { count: unreadN })}>
        <Link
          to="/messages"
          data-testid="header-messages"
          data-unread={unread.data ? unreadN : ''}
          aria-label={t('messages.badge', { count: unreadN })}
        >
          <Badge count={unreadN} size="small" overflowCount={99}>
            <BellOutlined style={ICON} />
          </Badge>
        </Link>
      </Tooltip>
    </Space>
  );
}
