import { userCreateBody, type Role } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { AppError } from '../../platform/errors.ts';
import { today } from '../../platform/local-date.ts';
import { translateDbError } from '../../db/dialect.ts';
import { auditWho, recordAuditAlone } from '../audit/audit.service.ts';
import { systemActor } from '../auth/system-actor.ts';
import { createSubdistrict, hasTerritory } from '../territory/territory.service.ts';
import { createUser } from '../users/users.service.ts';
import { canaryState, sealCanary } from './canary.service.ts';
import { divisionCodeProblem, unitNameProblem } from './setup.rules.ts';

/** Refusals of the first set-up, for people at a terminal (the command exits non-zero with the message). */
export class SetupRefused extends Error {}

export interface FirstSetupInput {
  /** The root's 9-digit statistical division code (统计用区划代码). */
  code: string;
  name: string;
  securityAdmin: string;
  auditAdmin: string;
  admin: string;
  /** The date the root's history starts (YYYY-MM-DD); today when absent. */
  validFrom?: string;
}

export interface FirstAccount {
  username: string;
  role: Role;
  displayName: string;
  /** Shown once; the account must replace it at its first sign-in. */
  oneTimePassword: string;
}

export interface FirstSetupResult {
  root: { id: string; name: string; code: string };
  accounts: FirstAccount[];
}

/** The three first accounts: separated duties (三员分立) plus the subdistrict's own administrator. */
const FIRST_ROLES: { field: 'securityAdmin' | 'auditAdmin' | 'admin'; role: Role; displayName: string }[] = [
  { field: 'securityAdmin', role: 'security_admin', displayName: '安全管理员' },
  { field: 'auditAdmin', role: 'audit_admin', displayName: '审计管理员' },
  { field: 'admin', role: 'subdistrict_admin', displayName: '街道管理员' },
];

function inputProblems(input: FirstSetupInput): string[] {
  const problems: string[] = [];
  const code = divisionCodeProblem(input.code);
  if (code) problems.push(`--code ${code}`);
  const name = unitNameProblem(input.name);
  if (name) problems.push(`--name ${name}`);
  if (input.validFrom !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(input.validFrom))
    problems.push('--valid-from must be a date YYYY-MM-DD');
  const seen = new Set<string>();
  for (const { field } of FIRST_ROLES) {
    const flag = `--${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
    const username = input[field];
    if (!userCreateBody.shape.username.safeParse(username).success)
      problems.push(`${flag} must be a user name of 3 to 32 characters: lower-case letters, digits, . _ -`);
    else if (seen.has(username)) problems.push(`${flag} names an account already named for another role`);
    seen.add(username);
  }
  return problems;
}

/** Set-up runs once: on a database with no accounts, no territory and no sealed data key. */
async function assertNotSetUp(deps: Deps): Promise<void> {
  const [user, unit] = await Promise.all([
    deps.db.selectFrom('users').select('id').limit(1).executeTakeFirst(),
    hasTerritory(deps.db),
  ]);
  const canary = await canaryState(deps.db, deps.cipher);
  if (user || canary !== 'absent')
    throw new SetupRefused(
      'This database is already set up (it has accounts or a sealed data key); set-up runs only once. ' +
        'Further accounts are created by the security administrator in the console.',
    );
  if (unit) throw new SetupRefused('This database already holds a territory tree; set-up needs an empty database.');
}

/**
 * The first set-up of a production database, through the ordinary services so every step is in the
 * audit chain (as 'system', request 'setup'): the data key is bound first (canary sealed with the
 * set-up's opening audit record — a second run, even a concurrent one, stops there), then the root of the
 * territory tree, then the security, audit and subdistrict administrators with one-time passwords.
 */
export async function runFirstSetup(deps: Deps, input: FirstSetupInput): Promise<FirstSetupResult> {
  const problems = inputProblems(input);
  if (problems.length) throw new SetupRefused(`Set-up refused:\n  ${problems.join('\n  ')}`);
  await assertNotSetUp(deps);
  const actor: Actor = { ...systemActor(), requestId: 'setup' };
  const name = input.name.trim();
  await sealCanary(deps, actor, { action: 'setup.start', changes: { code: input.code, name } }).catch(
    (error: unknown) => {
      const translated = translateDbError(error);
      if (translated instanceof AppError && translated.code === 'DUPLICATE')
        throw new SetupRefused('Another set-up has already sealed the data key of this database; it runs only once.');
      throw error;
    },
  );
  const root = await createSubdistrict(deps, actor, {
    name,
    code: input.code,
    validFrom: input.validFrom ?? today(deps.clock),
  });
  const accounts: FirstAccount[] = [];
  for (const { field, role, displayName } of FIRST_ROLES) {
    // No password given: the account gets a one-time password it must change at its first sign-in.
    const user = await createUser(deps, actor, { username: input[field], displayName, role, scopeUnitId: root.id });
    accounts.push({ username: user.username, role, displayName, oneTimePassword: user.oneTimePassword });
  }
  await recordAuditAlone(deps, auditWho(actor), {
    action: 'setup.complete',
    subjectType: 'org_unit',
    subjectId: root.id,
    orgPath: root.path,
    changes: { code: input.code, name, accounts: accounts.map((a) => ({ username: a.username, role: a.role })) },
  });
  return { root: { id: root.id, name: root.name, code: input.code }, accounts };
}
