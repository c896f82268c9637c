import { describe, expect, it } from 'vitest';
import { buildReport } from './report.content.ts';
import { INDICATOR_SECTIONS, INDICATORS } from './catalogue.ts';

describe('annual report content (pure)', () => {
  const values = new Map(
    INDICATORS.map((d) => [d.code, { now: null as number | null, before: null as number | null }]),
  );
  values.set('decisions.solved', { now: 112, before: 95 });
  values.set('workers.sunk_share', { now: 0.6, before: 0.5 });
  values.set('workers.per_community', { now: 21, before: 19 });
  // grid, services and party life: their sections come from the catalogue alone
  values.set('services.area', { now: 11_000, before: 7_700 });
  values.set('services.construction_fund', { now: 5_500_000, before: null });
  values.set('party_life.volunteer_teams', { now: 27, before: 20 });
  const doc = buildReport({
    unitName: '秦岭路街道',
    year: 2015,
    sections: INDICATOR_SECTIONS,
    values,
    children: [{ name: '秦江社区', values: new Map([['decisions.solved', 14]]) }],
    generatedOn: '2026-11-29',
  });

  it('one section per catalogue section plus the overview and the per-unit table', () => {
    expect(doc.title).toBe('秦岭路街道2015年度工作报告');
    expect(doc.sections).toHaveLength(INDICATOR_SECTIONS.length + 2);
    expect(doc.sections[1].heading).toBe(`一、${INDICATOR_SECTIONS[0].title.zh}`);
  });
  it('figures are written into the sentences and tables, with the change on last year and the target', () => {
    const decisions = doc.sections.find((s) => s.heading.includes('议事'));
    expect(decisions?.paragraphs[0]).toContain('解决实际问题数112');
    expect(decisions?.table?.rows.find((r) => r[0] === '解决实际问题数')).toEqual([
      '解决实际问题数',
      '112',
      '95',
      '+17',
      '—',
    ]);
    const workers = doc.sections.find((s) => s.heading.includes('工作力量'));
    expect(workers?.paragraphs.join('')).toContain('社区平均工作人员数达到“超过20人”的要求');
    expect(workers?.table?.rows.find((r) => r[0] === '下沉干部占机关干部比例')?.[1]).toBe('60.0%');
  });
  it('the per-unit table lists the children with the indicators that have values', () => {
    const last = doc.sections[doc.sections.length - 1];
    expect(last.table?.header).toEqual(['单位', '解决实际问题数']);
    expect(last.table?.rows).toEqual([['秦江社区', '14']]);
  });
  it('the services and party-life sections appear with their figures (area in m², funds in 万元)', () => {
    const services = doc.sections.find((s) => s.heading.includes('服务阵地'));
    expect(services?.paragraphs[0]).toContain('服务阵地总面积11,000平方米');
    expect(services?.paragraphs[0]).toContain('社区建设专项经费550万元');
    expect(services?.table?.rows.find((r) => r[0] === '服务阵地总面积')).toEqual([
      '服务阵地总面积',
      '11,000',
      '7,700',
      '+3300',
      '—',
    ]);
    const party = doc.sections.find((s) => s.heading.includes('志愿服务'));
    expect(party?.paragraphs[0]).toContain('志愿服务队数27');
    expect(doc.sections.some((s) => s.heading.includes('网格化治理'))).toBe(true);
  });
});
