import { Badge, Menu } from 'antd';
import type { MenuProps } from 'antd';
import {
  AlertOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  BulbOutlined,
  ClusterOutlined,
  DashboardOutlined,
  FlagOutlined,
  FormOutlined,
  EyeOutlined,
  MailOutlined,
  NodeIndexOutlined,
  NotificationOutlined,
  OrderedListOutlined,
  ProfileOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  TeamOutlined,
  UserOutlined,
  UsergroupAddOutlined,
} from '@ant-design/icons';
// grid governance
import {
  CameraOutlined,
  FundOutlined,
  IdcardOutlined,
  ReconciliationOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { HeartOutlined, LinkOutlined, ReadOutlined, SmileOutlined } from '@ant-design/icons'; // party life and volunteers
// indicators and portal
import { FundProjectionScreenOutlined, HomeOutlined, LineChartOutlined } from '@ant-design/icons';
import { BellOutlined, GlobalOutlined, RobotOutlined } from '@ant-design/icons'; // to-do centre and messages
// services
import { CalendarOutlined, EnvironmentOutlined, ShopOutlined, ShoppingOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { MENU_GROUPS, MODULES, PERMISSIONS } from '@jishi/shared';
import type { MenuEntry } from '@jishi/shared';
import { useCan } from '../features/auth/session.ts';
import { useTodoCounts } from '../features/todos/todos-api.ts';
import { menuCounts } from '../lib/menu-counts.ts';

const ICONS: Record<string, ReactNode> = {
  home: <HomeOutlined />,
  dashboard: <DashboardOutlined />,
  messages: <BellOutlined />,
  robots: <RobotOutlined />,
  territory: <ClusterOutlined />,
  'party-orgs': <FlagOutlined />,
  residents: <TeamOutlined />,
  'party-members': <UserOutlined />,
  workers: <UsergroupAddOutlined />,
  users: <ApartmentOutlined />,
  audit: <AuditOutlined />,
  'account-proposals': <SafetyCertificateOutlined />,
  account: <SafetyCertificateOutlined />,
  hall: <BankOutlined />,
  proposals: <BulbOutlined />,
  meetings: <ScheduleOutlined />,
  templates: <ProfileOutlined />,
  portal: <FormOutlined />,
  board: <NotificationOutlined />,
  'power-list': <OrderedListOutlined />,
  exercises: <NodeIndexOutlined />,
  alerts: <AlertOutlined />,
  oversight: <EyeOutlined />,
  complaints: <MailOutlined />,
  // grid governance
  'grid-today': <CameraOutlined />,
  'grid-cases': <WarningOutlined />,
  'grid-compliance': <ReconciliationOutlined />,
  'grid-dashboard': <FundOutlined />,
  'grid-posts': <IdcardOutlined />,
  // party life and volunteers
  'party-life': <ReadOutlined />,
  volunteering: <HeartOutlined />,
  pairing: <LinkOutlined />,
  'my-volunteer': <SmileOutlined />,
  // indicators and portal
  indicators: <LineChartOutlined />,
  'big-screen': <FundProjectionScreenOutlined />,
  'residents-portal': <GlobalOutlined />,
  // services
  services: <ShopOutlined />,
  bookings: <CalendarOutlined />,
  orders: <ShoppingOutlined />,
  community: <EnvironmentOutlined />,
};

/** The staff menu's entries from the shared manifests, in the registry's order. */
const ENTRIES: readonly MenuEntry[] = MODULES.flatMap((m) => m.menu);

/** The longest menu path the location starts with (/hall/proposals before /hall). */
function selectedKey(pathname: string): string {
  const matches = ENTRIES.filter((i) => i.path !== '/' && pathname.startsWith(i.path));
  const item = matches.sort((a, b) => b.path.length - a.path.length)[0];
  return item ? item.key : 'home';
}

/**
 * The entries the session's permissions allow, grouped by the manifests' menu group (home first, without a heading);
 * a group with no entry the user can use is not shown.
 */
export function SideMenu() {
  const { t } = useTranslation();
  const can = useCan();
  const { pathname } = useLocation();
  const counts = menuCounts(MODULES, useTodoCounts().data?.byKind ?? {});
  const allowed = ENTRIES.filter((i) => i.permission === null || PERMISSIONS.some((p) => p === i.permission && can(p)));
  const item = (i: MenuEntry) => ({
    key: i.key,
    icon: ICONS[i.key],
    // The count sits beside the link (not in it), so the entry's link text stays its label.
    label: (
      <span style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
        <Link to={i.path} data-testid={`menu-${i.key}`} style={{ flex: 1, minWidth: 0 }}>
          {t(i.labelKey)}
        </Link>
        {counts[i.key] !== undefined && (
          <Badge
            count={counts[i.key]}
            overflowCount={99}
            size="small"
            color="blue"
            data-testid={`menu-count-${i.key}`}
          />
        )}
      </span>
    ),
  });
  const items: MenuProps['items'] = MENU_GROUPS.flatMap((group): NonNullable<MenuProps['items']> => {
    const entries = allowed.filter((i) => i.group === group).map(item);
    if (entries.length === 0) return [];
    if (group === 'home') return entries;
    return [{ type: 'group' as const, key: `group-${group}`, label: t(`navGroup.${group}`), children: entries }];
  });
  return <Menu mode="inline" selectedKeys={[selectedKey(pathname)]} items={items} style={{ borderInlineEnd: 0 }} />;
}
