import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Deps } from '../deps.ts';
import type { ChainProblem, VerifyState } from '../features/audit/audit.chain.ts';
import { openHeadFile, type ExportedHead } from '../features/audit/audit.head-file.ts';
import { exportSignedHead, verifyChain } from '../features/audit/audit.service.ts';

/**
 * `npm run audit:verify [-- --head FILE]` and `npm run audit:head [-- --out FILE]` (decision 0031), as functions
 * over an open database so the tests drive them on both engines. They return the exit code: 0 intact, 2 the chain
 * (or the head file) shows tampering or a table is gone, 1 a usage error or an unreadable file.
 */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export type AuditCliDeps = Pick<Deps, 'db' | 'engine' | 'auditKeys'>;

const PROBLEM_TEXT: Record<ChainProblem, (s: VerifyState) => string> = {
  log_missing: () => 'the audit_log table is missing: the audit trail was dropped, or this database is not migrated',
  head_missing: () => 'the audit_head table or its row is missing: the head of the chain was removed',
  missing_or_reordered: (s) => `record #${s.firstBadSeq} is missing or out of place (deleted, or rows moved)`,
  broken_link: (s) => `record #${s.firstBadSeq} does not link to the record before it (records swapped or replaced)`,
  altered: (s) =>
    `record #${s.firstBadSeq} does not match its link: it was edited, or the chain was recomputed without the chain key (or this is not the master key the server uses)`,
  truncated: (s) => `the records end before the head row says they do: records from #${s.firstBadSeq} on were removed`,
  empty: () =>
    'the audit log holds no records: a migrated database always holds at least its audit.chain.keyed record, so it was emptied',
  head_unsealed: () => 'the head row carries no seal: it was reset outside the application',
  head_forged: () =>
    "the head row's seal does not match: the head was reset outside the application (for instance after records were removed), or this is not the master key the server uses",
  head_mismatch: (s) => `the head row names another record #${s.firstBadSeq} than the chain holds`,
  rolled_back: (s) =>
    `the live chain ends at #${s.lastSeq}, before the exported head: the database was rolled back (an older backup restored, or records removed together with an older head row)`,
  forked: (s) =>
    `record #${s.firstBadSeq} is not the one in the exported head: the chain was rewritten or replaced since the export`,
};

export const describeProblem = (s: VerifyState): string => (s.problem ? PROBLEM_TEXT[s.problem](s) : 'intact');

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function parse(argv: string[], option: 'head' | 'out', io: CliIo): { value: string | undefined } | null {
  try {
    const { values } = parseArgs({ args: argv, options: { [option]: { type: 'string' } }, strict: true });
    const value = values[option];
    return { value: typeof value === 'string' ? value : undefined };
  } catch (error) {
    io.err(`${reason(error)}\nusage: ${option === 'head' ? 'audit:verify [--head FILE]' : 'audit:head [--out FILE]'}`);
    return null;
  }
}

function readExportedHead(deps: AuditCliDeps, file: string, io: CliIo): { head: ExportedHead } | { code: number } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    io.err(`cannot read the head file ${file}: ${reason(error)}`);
    return { code: 1 };
  }
  const opened = openHeadFile(deps.auditKeys, text);
  if (opened.head) return { head: opened.head };
  if (opened.problem === 'unreadable') {
    io.err(`${file} is not an exported audit head (format jishi-audit-head/1)`);
    return { code: 1 };
  }
  io.err(
    opened.problem === 'other_key'
      ? `${file} was signed under another master key than this one: it cannot vouch for this chain`
      : `${file} does not match its signature: the head file was edited`,
  );
  return { code: 2 };
}

export async function auditVerifyCommand(deps: AuditCliDeps, argv: string[], io: CliIo): Promise<number> {
  const args = parse(argv, 'head', io);
  if (!args) return 1;
  let exported: ExportedHead | undefined;
  if (args.value !== undefined) {
    const read = readExportedHead(deps, args.value, io);
    if ('code' in read) return read.code;
    exported = read.head;
  }
  const started = Date.now();
  let state: VerifyState;
  try {
    state = await verifyChain(deps.db, deps.auditKeys, exported);
  } catch (error) {
    io.err(`cannot read the audit trail: ${reason(error)}`);
    return 2;
  }
  const ms = Date.now() - started;
  if (state.problem) {
    io.err(`audit chain BROKEN: ${describeProblem(state)} (${state.checked} records verified before it)`);
    return 2;
  }
  const anchor = exported ? `; it holds and extends the exported head #${exported.seq} of ${exported.exportedAt}` : '';
  io.out(
    `audit chain intact: ${state.checked} records verified in ${ms} ms; head #${state.lastSeq} ${state.lastHash}${anchor}`,
  );
  return 0;
}

export async function auditHeadCommand(deps: AuditCliDeps, argv: string[], io: CliIo): Promise<number> {
  const args = parse(argv, 'out', io);
  if (!args) return 1;
  let result: Awaited<ReturnType<typeof exportSignedHead>>;
  try {
    result = await exportSignedHead(deps, { actorId: null, actorRole: 'system', ip: null, requestId: 'audit:head' });
  } catch (error) {
    io.err(`cannot read the audit trail: ${reason(error)}`);
    return 2;
  }
  if (result.problem) {
    io.err(`no head exported: audit chain BROKEN: ${describeProblem(result.problem)}`);
    return 2;
  }
  const json = `${JSON.stringify(result.head, null, 2)}\n`;
  if (args.value === undefined) {
    io.out(json);
    return 0;
  }
  try {
    writeFileSync(args.value, json, { flag: 'wx' });
  } catch (error) {
    io.err(`cannot write ${args.value}: ${reason(error)}`);
    return 1;
  }
  io.err(`audit head #${result.head.seq} written to ${args.value}`);
  return 0;
}
