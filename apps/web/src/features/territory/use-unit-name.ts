import { useCan } from '../auth/session.ts';
import { useUnits } from './territory-api.ts';

/** Name of a current territory unit by id; the id itself when unknown or the territory is not readable. */
export function useUnitName(): (id: string) => string {
  const can = useCan();
  const units = useUnits(undefined, can('territory:read'));
  return (id) => units.data?.items.find((u) => u.id === id)?.name ?? id;
}
