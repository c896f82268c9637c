import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { auditWho, recordAuditAlone } from '../audit/audit.service.ts';
import { INDICATOR_SECTIONS, INDICATORS } from './catalogue.ts';
import { evaluate, indicatorChildren, resolveFocus } from './indicators.service.ts';
import { buildReport } from './report.content.ts';
import { renderDocx } from './report.docx.ts';
import { renderPdf } from './report.pdf.ts';
import { today } from '../../platform/local-date.ts';

const MIME = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const;

/** The annual work report of the subdistrict or a community for a year, from the catalogue; audited like every export. */
export async function annualReport(
  deps: Deps,
  actor: Actor,
  q: { unitId?: string; year: number; format: 'docx' | 'pdf' },
) {
  const year = { from: `${q.year}-01-01`, to: `${q.year}-12-31` };
  const { unit, scope } = await resolveFocus(deps, actor, { unitId: q.unitId, ...year });
  const [now, before, kids] = await Promise.all([
    evaluate(deps, scope, [unit], year),
    evaluate(deps, scope, [unit], { from: `${q.year - 1}-01-01`, to: `${q.year - 1}-12-31` }),
    indicatorChildren(deps, actor, { unitId: unit.id, ...year }),
  ]);
  const doc = buildReport({
    unitName: unit.name,
    year: q.year,
    sections: INDICATOR_SECTIONS,
    generatedOn: today(deps.clock),
    values: new Map(
      INDICATORS.map((d) => [d.code, { now: now.get(d.code)?.[0] ?? null, before: before.get(d.code)?.[0] ?? null }]),
    ),
    children: kids.rows.map((r) => ({
      name: r.unit.name,
      values: new Map(INDICATORS.map((d, i) => [d.code, r.values[i]])),
    })),
  });
  await recordAuditAlone(deps, auditWho(actor), {
    action: 'indicator.report',
    subjectType: 'export',
    subjectId: unit.id,
    orgPath: unit.path,
    changes: { year: q.year, format: q.format },
  });
  const body = q.format === 'docx' ? await renderDocx(doc) : await renderPdf(doc);
  return { body, name: doc.title, mime: MIME[q.format] };
}
