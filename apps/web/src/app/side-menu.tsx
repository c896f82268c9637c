import { Menu } from 'antd';
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
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { NAV_ITEMS } from './routes.ts';
import { useCan } from '../features/auth/session.ts';

const ICONS: Record<string, ReactNode> = {
  home: <DashboardOutlined />,
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
  'residents-portal': <HomeOutlined />,
};

/** The longest menu path the location starts with (/hall/proposals before /hall). */
function selectedKey(pathname: string): string {
  const matches = NAV_ITEMS.filter((i) => i.path !== '/' && pathname.startsWith(i.path));
  const item = matches.sort((a, b) => b.path.length - a.path.length)[0];
  return item ? item.key : 'home';
}

/** Only the items the session's permissions allow. */
export function SideMenu() {
  const { t } = useTranslation();
  const can = useCan();
  const { pathname } = useLocation();
  const items: MenuProps['items'] = NAV_ITEMS.filter((i) => i.permission === null || can(i.permission)).map((i) => ({
    key: i.key,
    icon: ICONS[i.key],
    label: (
      <Link to={i.path} data-testid={`menu-${i.key}`}>
        {t(i.labelKey)}
      </Link>
    ),
  }));
  return <Menu mode="inline" selectedKeys={[selectedKey(pathname)]} items={items} style={{ borderInlineEnd: 0 }} />;
}
