import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Permission } from '@jishi/shared';
import { useCan } from '../features/auth/session.ts';
import { BackHomeResult } from './back-home-result.tsx';

/** Route guard: the server enforces permissions; this only avoids showing pages that would fail. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const can = useCan();
  const { t } = useTranslation();
  if (can(permission)) return children;
  return <BackHomeResult status="403" message={t('common.forbidden')} />;
}
