import type { Readable } from 'node:stream';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { streamSheet } from '../../platform/xlsx.ts';
import { auditWho, recordAuditAlone } from '../audit/audit.service.ts';
import { INDICATORS } from './catalogue.ts';
import { formatValue } from './indicators.format.ts';
import { indicatorChildren, resolveFocus, type PeriodQuery } from './indicators.service.ts';

/** The drill-down table (children of a unit × every indicator) as .xlsx; the export is audited. */
export async function exportIndicatorTable(
  deps: Deps,
  actor: Actor,
  q: PeriodQuery,
): Promise<{ stream: Readable; name: string }> {
  const table = await indicatorChildren(deps, actor, q);
  const { unit } = await resolveFocus(deps, actor, q);
  await recordAuditAlone(deps, auditWho(actor), {
    action: 'indicator.export',
    subjectType: 'export',
    subjectId: table.unit.id,
    orgPath: unit.path,
    changes: { unitId: table.unit.id, period: table.period },
  });
  const header = ['单位 Unit', ...INDICATORS.map((d) => `${d.name.zh} ${d.name.en}`)];
  const rows: string[][] = table.rows.map((r) => [
    r.unit.name,
    ...INDICATORS.map((d, i) => formatValue(d, r.values[i])),
  ]);
  async function* batches() {
    yield rows;
  }
  return {
    stream: streamSheet('指标 Indicators', header, batches()),
    name: `${table.unit.name}-${table.period.from}-${table.period.to}`,
  };
}
