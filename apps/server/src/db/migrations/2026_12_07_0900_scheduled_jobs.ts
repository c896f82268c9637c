import type { MigrationContext } from '../migration-kit.ts';
import { withId } from '../migration-kit.ts';

/**
 * Frozen. The scheduled-job runner (platform/jobs, decision 0035): `job_schedules` holds each declared job kind's
 * cron expression and next occurrence as the runner nodes last planned it (what the status page shows);
 * `job_runs` one row per scheduled run — job kind + key (e.g. a subdistrict) + scheduled instant, unique, so a run
 * is planned once however many nodes plan it — claimed under a lease (owner + until), retried with backoff.
 * Also the indexes of the work the first jobs do: the overdue sweep's range over a stage's start, expired portal codes.
 */
export async function up({ db }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('job_schedules')
    .addColumn('kind', 'text', (c) => c.primaryKey())
    .addColumn('cron', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('last_planned_for', 'text')
    .addColumn('next_run_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await withId(db.schema.createTable('job_runs'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('scheduled_for', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('lease_owner', 'text')
    .addColumn('lease_until', 'text')
    .addColumn('last_error', 'text')
    .addColumn('result', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text')
    .addColumn('finished_at', 'text')
    .addUniqueConstraint('job_runs_once', ['kind', 'key', 'scheduled_for'])
    .execute();
  await db.schema.createIndex('job_runs_due').on('job_runs').columns(['status', 'next_attempt_at']).execute();
  await db.schema.createIndex('job_runs_kind').on('job_runs').columns(['kind', 'scheduled_for']).execute();

  await db.schema
    .createIndex('dispute_cases_stage_start')
    .on('dispute_cases')
    .columns(['level', 'status', 'stage_started_at'])
    .execute();
  await db.schema.createIndex('portal_codes_expires').on('portal_codes').column('expires_at').execute();
}
