import { useTranslation } from 'react-i18next';
import { useRequiredSession, useCan } from '../features/auth/session.ts';
import { UnitSelect } from '../features/territory/unit-select.tsx';

/** The community a record belongs to: chosen by staff who can see the tree, else the user's own unit. */
export function CommunityField({ value, onChange }: { value?: string; onChange?: (v: string | undefined) => void }) {
  const { t } = useTranslation();
  const can = useCan();
  const session = useRequiredSession();
  if (!can('territory:read')) return <span>{session.user.scopeUnitName}</span>;
  return (
    <UnitSelect
      kinds={['community', 'village']}
      value={value}
      onChange={(v) => onChange?.(v)}
      placeholder={t('members.community')}
      style={{ width: '100%' }}
      data-testid="community-select"
    />
  );
}
