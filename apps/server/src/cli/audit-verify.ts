import { auditVerifyCommand } from './audit-commands.ts';
import { runAuditCli } from './audit-cli-run.ts';

/**
 * npm run audit:verify [-- --head FILE] — recomputes the keyed audit chain of the configured database, checks
 * the head row's seal and names the first record that was altered, deleted or reordered; with --head, also proves
 * the chain still holds and extends an exported head (npm run audit:head). Exit code 0 when intact, 2 when not,
 * 1 for a usage error or an unreadable file.
 */
await runAuditCli(auditVerifyCommand);
