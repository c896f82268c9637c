import type { Conn } from '../../db/schema.ts';
import { addDays, dayEnd, dayStart } from '../../platform/local-date.ts';
import { subdistrictIdOf } from '../../platform/org-scope.ts';
import type { TodoDraft, TodoKind } from '../todos/todos.types.ts';
import { DEFAULT_PAIRING_RULES } from './pairing.rules.ts';
import * as repo from './pairing.repo.ts';

/**
 * The pairing's kind of work (待办), derived from its records (docs/todo-kinds.md):
 * pairing.contact-overdue — every pairing (结对帮扶) owes a contact within its helper role's contactDays after the last
 * contact (or, lacking one, its start). The item is the next contact owed, stored with its due time (the end of the
 * last day allowed) and yellow a week before; overdue is computed when read, so no job is needed. It goes to the
 * helper personally when the pairing names the helper's account, else to the community's post (pairing:write).
 * Event-driven: synced when a pairing is created, a contact logged, or the rules change.
 */
export const CONTACT_OVERDUE = 'pairing.contact-overdue';
const YELLOW_DAYS = 7;
/** The words of an item's reference (references are written in Chinese, like case numbers and service names). */
const HELPER_ROLE_ZH: Record<string, string> = { leader: '班子成员', branch_secretary: '支部书记', cadre: '党员干部' };
const TARGET_KIND_ZH: Record<string, string> = {
  needy_resident: '困难群众',
  household: '困难家庭',
  unit: '辖区单位',
  service_object: '服务对象',
};

/** Contact days per helper role: stored rules over the defaults (as pairing.service.ts `currentRules`). */
async function contactDaysOf(db: Conn): Promise<Map<string, number>> {
  const days = new Map(DEFAULT_PAIRING_RULES.map((r) => [r.helperRole as string, r.contactDays]));
  for (const r of await repo.rulesRows(db)) days.set(r.helper_role, r.contact_days);
  return days;
}

export const contactOverdueKind: TodoKind = {
  kind: CONTACT_OVERDUE,
  remind: {
    on: { yellow: 'pairing.contact-due', red: 'pairing.contact-due' },
    label: { zh: '结对帮扶联系', en: 'Pairing contacts' },
  },
  async derive(db, scope) {
    const days = await contactDaysOf(db);
    const out: TodoDraft[] = [];
    for (const p of await repo.pairingsForTodos(db, {
      pairingIds: scope.subjectIds,
      subdistrictId: scope.subdistrictId,
    })) {
      const n = days.get(p.helper_role) ?? 31;
      const from = p.last_contact_on ?? p.started_on;
      out.push({
        subjectId: p.id,
        subdistrictId: subdistrictIdOf(p.community_path),
        unitId: p.community_id,
        unitPath: p.community_path,
        assigneeId: p.helper_user_id,
        permission: p.helper_user_id ? null : 'pairing:write',
        // who helps whom by role and kind, and since when: never the helper's or the target's name
        ref: `${p.community_name} · ${HELPER_ROLE_ZH[p.helper_role] ?? p.helper_role}结对${TARGET_KIND_ZH[p.target_kind] ?? p.target_kind}（${p.started_on}起）`,
        params: { targetKind: p.target_kind, helperRole: p.helper_role, contactDays: n },
        link: '/pairing',
        dueAt: dayEnd(addDays(from, n)),
        yellowAt: dayStart(addDays(from, Math.max(0, n - YELLOW_DAYS))),
      });
    }
    return out;
  },
};

export const pairingTodoKinds: readonly TodoKind[] = [contactOverdueKind];
