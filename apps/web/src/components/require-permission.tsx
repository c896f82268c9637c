import type { ReactNode } from 'react';
import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Permission } from '@jishi/shared';
import { useCan } from '../features/auth/session.ts';

/** Route guard: the server enforces permissions; this only avoids showing pages that would fail. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const can = useCan();
  const { t } = useTranslation();
  if (can(permission)) return children;
  return (
    <Result
      status="403"
      title="403"
      subTitle={t('common.forbidden')}
      extra={<Link to="/"><Button type="primary">{t('common.backHome')}</Button></Link>}
    />
  );
}
