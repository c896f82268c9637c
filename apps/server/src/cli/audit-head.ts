import { auditHeadCommand } from './audit-commands.ts';
import { runAuditCli } from './audit-cli-run.ts';

/**
 * npm run audit:head [-- --out FILE] — verifies the chain, then writes its head (seq, link, time of the record,
 * count, export time) signed with an HMAC under a key derived from the master key, as JSON to FILE (never
 * overwritten) or stdout. Keep the files outside the database host; `audit:verify --head FILE` checks one.
 */
await runAuditCli(auditHeadCommand);
