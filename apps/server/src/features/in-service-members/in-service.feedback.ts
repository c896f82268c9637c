import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { authorize } from '../../platform/authorize.ts';
import { buildWorkbook } from '../../platform/xlsx.ts';
import { renderPdf } from '../../platform/pdf.ts';
import { GRADE_ZH } from './in-service.view.ts';
import { requireMember } from './in-service.service.ts';
import * as repo from './in-service.repo.ts';

type Grade = keyof typeof GRADE_ZH;
const hours = (minutes: number) => (minutes / 60).toFixed(1);

/**
 * Feedback to the employer's Party organisation (反馈单位党组织): per member as a PDF, per work
 * unit (or all) as a workbook. Phones never appear; names, posts, service and evaluations do.
 */
export async function feedbackWorkbook(deps: Deps, actor: Actor, query: { year: number; workUnit?: string }): Promise<Buffer> {
  authorize(actor, 'volunteer:read');
  const rows = await repo.listMembers(deps.db, actor.scope, { workUnit: query.workUnit });
  const evaluations = await repo.evaluationsOf(deps.db, rows.map((r) => r.id));
  const out: string[][] = [];
  for (const m of rows) {
    const records = await repo.recordsOf(deps.db, m.id, query.year);
    const e = evaluations.find((x) => x.member_id === m.id && x.year === query.year);
    out.push([m.name, m.work_unit, m.work_party_org, m.community_name, m.post_name, m.registered_on, String(records.length),
      hours(records.reduce((s, r) => s + r.minutes, 0)), e ? GRADE_ZH[e.grade as Grade] : '未评议', e?.comment ?? '']);
  }
  return buildWorkbook([{ name: `${query.year}年度反馈`, header: ['姓名', '工作单位', '单位党组织', '报到社区', '服务岗位', '报到日期', '服务次数', '服务时长（小时）', '社区评议', '评语'], rows: out, textColumns: true }]);
}

export async function feedbackPdf(deps: Deps, actor: Actor, id: string, year: number): Promise<{ pdf: Buffer; name: string }> {
  authorize(actor, 'volunteer:read');
  const m = await requireMember(deps, actor, id);
  const records = await repo.recordsOf(deps.db, id, year);
  const e = (await repo.evaluationsOf(deps.db, [id])).find((x) => x.year === year);
  const pdf = await renderPdf((doc) => {
    doc.fontSize(18).text('在职党员到社区报到服务情况反馈表', { align: 'center' }).moveDown();
    doc.fontSize(11);
    doc.text(`致：${m.work_party_org}`);
    doc.text(`党员姓名：${m.name}　　工作单位：${m.work_unit}`);
    doc.text(`报到社区：${m.community_name}　　服务岗位：${m.post_name}　　报到日期：${m.registered_on}`);
    doc.text(`${year}年度服务 ${records.length} 次，共 ${hours(records.reduce((s, r) => s + r.minutes, 0))} 小时。`).moveDown(0.5);
    for (const r of records.slice(0, 40)) doc.text(`${r.served_on}　${r.description}（${hours(r.minutes)} 小时）`);
    doc.moveDown().text(`社区评议：${e ? GRADE_ZH[e.grade as Grade] : '未评议'}　${e?.comment ?? ''}`);
    doc.moveDown(2).text(`${m.community_name}党组织（盖章）`, { align: 'right' });
  }, { title: 'feedback' });
  return { pdf, name: m.name };
}
