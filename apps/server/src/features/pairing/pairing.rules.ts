import type { HELPER_ROLES } from '@jishi/shared';
import { addDays } from '../../platform/local-date.ts';

export type HelperRole = (typeof HELPER_ROLES)[number];
export interface PairingRule {
  helperRole: HelperRole;
  minTargets: number;
  contactDays: number;
}

/**
 * "3+2+1": each leadership member pairs with ≥3, each branch secretary ≥2, each Party cadre ≥1;
 * contact at least monthly. These are the defaults a subdistrict starts with; the rules live in
 * the database (pairing_rules) and the checks below take them as input.
 */
export const DEFAULT_PAIRING_RULES: readonly PairingRule[] = [
  { helperRole: 'leader', minTargets: 3, contactDays: 31 },
  { helperRole: 'branch_secretary', minTargets: 2, contactDays: 31 },
  { helperRole: 'cadre', minTargets: 1, contactDays: 31 },
];

/** A pairing is overdue when neither its last contact nor (lacking one) its start lies within the contact interval. */
export function isOverdue(lastContactOn: string | null, startedOn: string, contactDays: number, asOf: string): boolean {
  return addDays(lastContactOn ?? startedOn, contactDays) < asOf;
}

export interface HelperCompliance {
  helperKey: string;
  helperName: string;
  helperRole: HelperRole;
  targets: number;
  required: number;
  meetsQuota: boolean;
  overdue: number;
}

/** Quota compliance per helper under the given rules. */
export function quotaCompliance(
  pairs: readonly {
    helperKey: string;
    helperName: string;
    helperRole: HelperRole;
    lastContactOn: string | null;
    startedOn: string;
  }[],
  rules: readonly PairingRule[],
  asOf: string,
): HelperCompliance[] {
  const byRole = new Map(rules.map((r) => [r.helperRole, r]));
  const helpers = new Map<string, HelperCompliance>();
  for (const p of pairs) {
    const rule = byRole.get(p.helperRole) ?? { minTargets: 0, contactDays: 31 };
    const h = helpers.get(p.helperKey) ?? {
      helperKey: p.helperKey,
      helperName: p.helperName,
      helperRole: p.helperRole,
      targets: 0,
      required: rule.minTargets,
      meetsQuota: false,
      overdue: 0,
    };
    h.targets += 1;
    if (isOverdue(p.lastContactOn, p.startedOn, rule.contactDays, asOf)) h.overdue += 1;
    h.meetsQuota = h.targets >= h.required;
    helpers.set(p.helperKey, h);
  }
  return [...helpers.values()].sort(
    (a, b) =>
      Number(a.meetsQuota) - Number(b.meetsQuota) || b.overdue - a.overdue || a.helperName.localeCompare(b.helperName),
  );
}
