import type { IndicatorDef, IndicatorSection } from './indicators.types.ts';
import { formatValue, UNIT_SUFFIX } from './indicators.format.ts';

/** The annual work report as a document model (pure): sections with sentences and tables, rendered to .docx and PDF. */
export interface ReportTable {
  header: string[];
  rows: string[][];
}
export interface ReportSection {
  heading: string;
  paragraphs: string[];
  table: ReportTable | null;
}
export interface ReportDoc {
  title: string;
  subtitle: string;
  sections: ReportSection[];
}

export interface ReportInput {
  unitName: string;
  year: number;
  sections: readonly IndicatorSection[];
  /** value this year and last year per indicator code (for the unit). */
  values: ReadonlyMap<string, { now: number | null; before: number | null }>;
  /** the unit's children (communities or grids) with the same indicators this year. */
  children: { name: string; values: ReadonlyMap<string, number | null> }[];
  generatedOn: string;
}

const CN_NUM = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'];

function sentence(def: IndicatorDef, v: number | null): string | null {
  if (v === null) return null;
  const unit = def.unit === 'share' ? '' : UNIT_SUFFIX[def.unit].zh;
  return `${def.name.zh}${formatValue(def, v)}${unit}`;
}

function change(now: number | null, before: number | null): string {
  if (now === null || before === null) return '—';
  const d = now - before;
  if (d === 0) return '持平';
  return d > 0 ? `+${Number.isInteger(d) ? d : d.toFixed(3)}` : `${Number.isInteger(d) ? d : d.toFixed(3)}`;
}

export function buildReport(input: ReportInput): ReportDoc {
  const sections: ReportSection[] = [];
  const lead: string[] = [];
  input.sections.forEach((m, idx) => {
    const defs = m.indicators;
    const parts = defs
      .map((d) => sentence(d, input.values.get(d.code)?.now ?? null))
      .filter((s): s is string => s !== null);
    const targets = defs
      .filter((d) => d.target)
      .map((d) => {
        const v = input.values.get(d.code)?.now ?? null;
        if (v === null || !d.target) return null;
        const met = d.target.op === 'gt' ? v > d.target.value : v >= d.target.value;
        return `${d.name.zh}${met ? '达到' : '未达到'}“${d.target.text.zh}”的要求`;
      })
      .filter((s): s is string => s !== null);
    const paragraphs = [
      parts.length ? `${input.year}年，${parts.join('，')}。` : `${input.year}年本板块暂无可统计的数据。`,
    ];
    if (targets.length) paragraphs.push(`${targets.join('；')}。`);
    if (parts.length) lead.push(parts[0]);
    sections.push({
      heading: `${CN_NUM[idx] ?? String(idx + 1)}、${m.title.zh}`,
      paragraphs,
      table: {
        header: ['指标', `${input.year}年`, `${input.year - 1}年`, '增减', '目标'],
        rows: defs.map((d) => {
          const v = input.values.get(d.code);
          return [
            d.name.zh,
            formatValue(d, v?.now ?? null),
            formatValue(d, v?.before ?? null),
            change(v?.now ?? null, v?.before ?? null),
            d.target?.text.zh ?? '—',
          ];
        }),
      },
    });
  });
  if (input.children.length) {
    const defs = input.sections
      .flatMap((m) => m.indicators)
      .filter((d) => input.children.some((c) => (c.values.get(d.code) ?? null) !== null))
      .slice(0, 8);
    sections.push({
      heading: `${CN_NUM[sections.length] ?? String(sections.length + 1)}、分单位情况`,
      paragraphs: [`下表列出${input.unitName}所属各单位${input.year}年的主要指标。`],
      table: {
        header: ['单位', ...defs.map((d) => d.name.zh)],
        rows: input.children.map((c) => [c.name, ...defs.map((d) => formatValue(d, c.values.get(d.code) ?? null))]),
      },
    });
  }
  const intro: ReportSection = {
    heading: '总体情况',
    paragraphs: [
      `${input.year}年，${input.unitName}坚持以党建引领基层治理，${lead.length ? `${lead.join('，')}，` : ''}各项工作扎实推进。现将全年工作情况报告如下（数据由基石平台根据业务记录自动生成）。`,
    ],
    table: null,
  };
  return {
    title: `${input.unitName}${input.year}年度工作报告`,
    subtitle: `生成日期：${input.generatedOn}`,
    sections: [intro, ...sections],
  };
}
