import { Form, Input } from 'antd';
import { useCan, useRequiredSession } from '../auth/session.ts';
import { useUnits } from '../territory/territory-api.ts';
import { UnitSelect } from '../territory/unit-select.tsx';

/** The subdistrict a new record belongs to by default: the user's own, else the only one in sight. */
export function useDefaultSubdistrict(): string | undefined {
  const can = useCan();
  const session = useRequiredSession();
  const units = useUnits(undefined, can('territory:read'));
  const items = units.data?.items;
  if (!items) return session.user.scopeUnitId;
  const subdistricts = items.filter((u) => u.kind === 'subdistrict');
  if (subdistricts.some((u) => u.id === session.user.scopeUnitId)) return session.user.scopeUnitId;
  return subdistricts.length === 1 ? subdistricts[0].id : undefined;
}

/** A form item choosing the owning subdistrict (read-only for users who cannot browse the territory). */
export function SubdistrictField({ name, label, testId }: { name: string; label: string; testId: string }) {
  const can = useCan();
  return (
    <Form.Item name={name} label={label} required>
      {can('territory:read') ? (
        <UnitSelect data-testid={testId} kinds={['subdistrict']} style={{ width: '100%' }} />
      ) : (
        <Input disabled />
      )}
    </Form.Item>
  );
}
