import type { MigrationContext } from '../migration-kit.ts';

/**
 * Frozen. A branch secretary's (支部书记) own Party branch: nullable, set only for that role through
 * the user administration; the session's actor carries it and the Party-life lookups are limited to it.
 */
export async function up({ db }: MigrationContext): Promise<void> {
  await db.schema.alterTable('users').addColumn('party_branch_id', 'text').execute();
}
