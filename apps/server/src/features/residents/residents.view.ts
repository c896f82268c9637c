import type { ResidentView } from '@jishi/shared';
import type { Actor } from '../../platform/actor.ts';
import { can } from '../../platform/authorize.ts';
import type { ResidentTable } from './residents.table.ts';

export type ResidentRow = ResidentTable & { grid_name: string; grid_path: string };

/** The only shape a resident leaves the server in: ID number and phone masked, no birth date (decision 0027). */
export function toResidentView(actor: Actor, r: ResidentRow): ResidentView {
  return {
    id: r.id,
    name: r.name,
    gender: (r.gender as ResidentView['gender']) ?? null,
    gridId: r.grid_id,
    gridName: r.grid_name,
    householdId: r.household_id,
    address: r.address,
    idNumberMasked: r.id_no_mask,
    phoneMasked: r.phone_mask,
    isNeedy: Boolean(r.is_needy),
    isElderly: Boolean(r.is_elderly),
    isDisabled: Boolean(r.is_disabled),
    registeredOn: r.registered_on,
    updatedAt: r.updated_at,
    abilities: { update: can(actor, 'resident:write'), reveal: can(actor, 'pi:reveal') },
  };
}
