import type { MigrationContext } from '../migration-kit.ts';

/**
 * Frozen. The Party branch a pairing's helper belongs to (nullable: leadership members and cadres of
 * the subdistrict belong to no community branch). A branch secretary reaches the pairings of their
 * own branch's helpers only.
 */
export async function up({ db }: MigrationContext): Promise<void> {
  await db.schema.alterTable('pairings').addColumn('helper_branch_id', 'text', (c) => c.references('party_orgs.id')).execute();
  await db.schema.createIndex('pairings_helper_branch').on('pairings').column('helper_branch_id').execute();
}
