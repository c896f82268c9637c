import { runSql, type AnyDb, type MigrationContext } from '../migration-kit.ts';

/**
 * Frozen. Branch links for a branch secretary's reach, both nullable:
 * - `pairings.helper_branch_id`: the Party branch the helper belongs to (leadership members and cadres of the
 *   subdistrict belong to none);
 * - `in_service_members.branch_id`: the community branch that receives a member who reported to the community
 *   (编入社区/网格党支部), set by the community.
 * A branch secretary reaches the pairings and in-service members of their own branch only. Pairs already held by a
 * linked branch secretary's own account become their branch's, so they keep seeing them.
 */
export async function up({ db }: MigrationContext): Promise<void> {
  await db.schema
    .alterTable('pairings')
    .addColumn('helper_branch_id', 'text', (c) => c.references('party_orgs.id'))
    .execute();
  await db.schema.createIndex('pairings_helper_branch').on('pairings').column('helper_branch_id').execute();
  await backfillHelperBranches(db);
  await db.schema
    .alterTable('in_service_members')
    .addColumn('branch_id', 'text', (c) => c.references('party_orgs.id'))
    .execute();
  await db.schema.createIndex('in_service_members_branch').on('in_service_members').column('branch_id').execute();
}

/** Pairs whose helper is a linked branch secretary's own account, with no helper branch yet, become that branch's. */
export async function backfillHelperBranches(db: AnyDb): Promise<void> {
  await runSql(db, [
    `UPDATE pairings SET helper_branch_id = (SELECT u.party_branch_id FROM users u WHERE u.id = pairings.helper_user_id AND u.role = 'branch_secretary')
     WHERE helper_user_id IS NOT NULL AND helper_branch_id IS NULL`,
  ]);
}
