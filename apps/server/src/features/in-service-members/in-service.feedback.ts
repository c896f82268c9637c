import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { authorize } from '../../platform/authorize.ts';
import { AppError } from '../../platform/errors.ts';
import { buildWorkbook } from '../../platform/xlsx.ts';
import { renderPdf, type PdfDoc } from '../../platform/pdf.ts';
import { auditWho, recordAuditAlone } from '../audit/audit.service.ts';
import { branchLimitOf } from '../party-orgs/party-orgs.service.ts';
import { requireMember } from './in-service.service.ts';
import {
  gradeText,
  hours,
  RECORD_HEADER,
  recordRows,
  serviceLine,
  signingCommunities,
  SUMMARY_HEADER,
  summaryRow,
  type FeedbackEntry,
} from './in-service.feedback-rows.ts';
import * as repo from './in-service.repo.ts';

/**
 * Feedback to the employer's Party organisation (反馈单位党组织): per member (PDF), per work unit (PDF and
 * workbook, with every service record) and an overview of all members (workbook). Phones never appear; names,
 * posts, service and evaluations do, so every export needs a reason and is audited with it.
 */
type Member = repo.MemberRow;

/** Each member's service records and evaluation of the year, loaded set-wise. */
async function entriesOf(deps: Deps, members: Member[], year: number): Promise<(FeedbackEntry & { member: Member })[]> {
  const ids = members.map((m) => m.id);
  const [records, evaluations] = await Promise.all([
    repo.recordsOfMembers(deps.db, ids, year),
    repo.evaluationsOf(deps.db, ids),
  ]);
  const recordsOf = new Map<string, typeof records>();
  for (const r of records) {
    const list = recordsOf.get(r.member_id);
    if (list) list.push(r);
    else recordsOf.set(r.member_id, [r]);
  }
  const evaluationOf = new Map(evaluations.filter((e) => e.year === year).map((e) => [e.member_id, e])); // one a year (unique index)
  return members.map((member) => ({
    member,
    records: recordsOf.get(member.id) ?? [],
    evaluation: evaluationOf.get(member.id),
  }));
}

const audit = (
  deps: Deps,
  actor: Actor,
  orgPath: string | null,
  subjectId: string | null,
  reason: string,
  changes: Record<string, unknown>,
) =>
  recordAuditAlone(deps, auditWho(actor), {
    action: 'in_service.feedback_export',
    subjectType: 'in_service_feedback',
    subjectId,
    orgPath,
    changes,
    reason,
  });

/** What every feedback export states: the year, and the reason recorded in its audit record. */
interface ExportInput {
  year: number;
  reason: string;
}

/** The in-service members of one work unit registered in the caller's scope; 404 when there are none. */
async function workUnitMembers(deps: Deps, actor: Actor, workUnit: string): Promise<Member[]> {
  const members = await repo.listMembers(deps.db, actor.scope, { workUnit, onlyBranchId: branchLimitOf(actor) });
  if (members.length === 0) throw new AppError('NOT_FOUND');
  return members;
}

/** One member's block of a report: who, where they serve, the year's records and the community's evaluation. */
function writeMember(doc: PdfDoc, e: FeedbackEntry, year: number): void {
  const m = e.member;
  doc.fontSize(11);
  doc.text(`党员姓名：${m.name}　　工作单位：${m.work_unit}`);
  doc.text(`报到社区：${m.community_name}　　服务岗位：${m.post_name}　　报到日期：${m.registered_on}`);
  doc.text(serviceLine(e, year)).moveDown(0.5);
  for (const r of e.records.slice(0, 40)) doc.text(`${r.served_on}　${r.description}（${hours(r.minutes)} 小时）`);
  if (e.records.length > 40) doc.text(`……另有 ${e.records.length - 40} 条记录`);
  doc.moveDown().text(`社区评议：${gradeText(e)}　${e.evaluation?.comment ?? ''}`);
}

const sign = (doc: PdfDoc, entries: FeedbackEntry[]) =>
  doc.moveDown(2).text(`${signingCommunities(entries).join('、')}党组织（盖章）`, { align: 'right' });

export async function feedbackPdf(
  deps: Deps,
  actor: Actor,
  id: string,
  input: ExportInput,
): Promise<{ pdf: Buffer; name: string }> {
  authorize(actor, 'volunteer:read');
  const { year } = input;
  const m = await requireMember(deps, actor, id);
  const [entry] = await entriesOf(deps, [m], year);
  if (!entry) throw new Error('a member without a feedback entry');
  const pdf = await renderPdf(
    (doc) => {
      doc.fontSize(18).text('在职党员到社区报到服务情况反馈表', { align: 'center' }).moveDown();
      doc.fontSize(11).text(`致：${m.work_party_org}`);
      writeMember(doc, entry, year);
      sign(doc, [entry]);
    },
    { title: 'feedback' },
  );
  await audit(deps, actor, m.community_path, m.id, input.reason, { year, format: 'pdf' });
  return { pdf, name: m.name };
}

/** The feedback to one employer: every member of the work unit registered in the caller's scope, one block each. */
export async function workUnitFeedbackPdf(
  deps: Deps,
  actor: Actor,
  query: ExportInput & { workUnit: string },
): Promise<Buffer> {
  authorize(actor, 'volunteer:read');
  const entries = await entriesOf(deps, await workUnitMembers(deps, actor, query.workUnit), query.year);
  const partyOrgs = [...new Set(entries.map((e) => e.member.work_party_org))];
  const pdf = await renderPdf(
    (doc) => {
      doc.fontSize(18).text('在职党员到社区报到服务情况反馈表（单位汇总）', { align: 'center' }).moveDown();
      doc.fontSize(11).text(`致：${partyOrgs.join('、')}`);
      doc.text(`工作单位：${query.workUnit}　　到社区报到党员 ${entries.length} 名（${query.year}年度）`).moveDown();
      entries.forEach((e, i) => {
        if (i > 0) doc.moveDown().text('—'.repeat(20), { align: 'center' }).moveDown();
        writeMember(doc, e, query.year);
      });
      sign(doc, entries);
    },
    { title: 'feedback' },
  );
  await audit(deps, actor, actor.scope.paths[0] ?? null, null, query.reason, {
    year: query.year,
    workUnit: query.workUnit,
    members: entries.length,
    format: 'pdf',
  });
  return pdf;
}

/** The same for the workbook: a summary row per member and every service record of the year. */
export async function workUnitFeedbackWorkbook(
  deps: Deps,
  actor: Actor,
  query: ExportInput & { workUnit: string },
): Promise<Buffer> {
  authorize(actor, 'volunteer:read');
  const entries = await entriesOf(deps, await workUnitMembers(deps, actor, query.workUnit), query.year);
  const book = await buildWorkbook([
    { name: `${query.year}年度反馈`, header: SUMMARY_HEADER, rows: entries.map(summaryRow), textColumns: true },
    { name: '服务记录', header: RECORD_HEADER, rows: recordRows(entries), textColumns: true },
  ]);
  await audit(deps, actor, actor.scope.paths[0] ?? null, null, query.reason, {
    year: query.year,
    workUnit: query.workUnit,
    members: entries.length,
    format: 'xlsx',
  });
  return book;
}

/** An overview workbook of every member in scope (or of one work unit): one summary row each. */
export async function feedbackWorkbook(
  deps: Deps,
  actor: Actor,
  query: ExportInput & { workUnit?: string },
): Promise<Buffer> {
  authorize(actor, 'volunteer:read');
  const entries = await entriesOf(
    deps,
    await repo.listMembers(deps.db, actor.scope, { workUnit: query.workUnit, onlyBranchId: branchLimitOf(actor) }),
    query.year,
  );
  const book = await buildWorkbook([
    { name: `${query.year}年度反馈`, header: SUMMARY_HEADER, rows: entries.map(summaryRow), textColumns: true },
  ]);
  await audit(deps, actor, actor.scope.paths[0] ?? null, null, query.reason, {
    year: query.year,
    workUnit: query.workUnit ?? null,
    members: entries.length,
    format: 'xlsx',
  });
  return book;
}
