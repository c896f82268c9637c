import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';

/** What a flowchart needs of an item (staff view or public board). */
export interface FlowItem {
  code: string;
  name: string;
  policyBasis: string;
  subject: string;
  post: string;
  timeLimitDays: number;
  supervisionBody: string;
  steps: { seq: number; name: string; actorPost: string; output: string; timeLimitDays: number }[];
  disclosure: { what: string; where: string; withinDays: number } | null;
}

const cell = { border: '1px solid #000', padding: '6px 8px', verticalAlign: 'top' } as const;
const label = { ...cell, width: '14%', fontWeight: 600, background: '#f5f5f5' } as const;
const box = {
  border: '2px solid #000',
  borderRadius: 6,
  padding: '8px 12px',
  width: '78%',
  margin: '0 auto',
  textAlign: 'center',
  breakInside: 'avoid',
} as const;

/** Down arrow between two boxes (plain CSS, prints without images). */
function Arrow() {
  return (
    <div aria-hidden style={{ display: 'flex', flexDirection: 'column', alignItems: 'center', margin: '2px 0' }}>
      <div style={{ width: 2, height: 14, background: '#000' }} />
      <div
        style={{
          width: 0,
          height: 0,
          borderLeft: '7px solid transparent',
          borderRight: '7px solid transparent',
          borderTop: '9px solid #000',
        }}
      />
    </div>
  );
}

/** One item's procedure as a notice-board sheet: header table (名称, 依据, 主体, 时限, 监督) and the steps as boxes with arrows. */
export function Flowchart({ item, unitName }: { item: FlowItem; unitName?: string }) {
  const { t } = useTranslation();
  const d = item.disclosure;
  return (
    <section className="print-sheet" data-testid={`flowchart-${item.code}`}>
      <h2 style={{ textAlign: 'center', margin: '0 0 12px', fontSize: 22 }}>
        {unitName ? `${unitName} ` : ''}
        {t('flowchart.title', { name: `${item.code} ${item.name}` })}
      </h2>
      <table style={{ width: '100%', borderCollapse: 'collapse', fontSize: 14, marginBottom: 16 }}>
        <tbody>
          <tr>
            <td style={label}>{t('powerBoard.name')}</td>
            <td style={cell} colSpan={3}>
              {item.name}
            </td>
          </tr>
          <tr>
            <td style={label}>{t('flowchart.basis')}</td>
            <td style={cell} colSpan={3}>
              {item.policyBasis}
            </td>
          </tr>
          <tr>
            <td style={label}>{t('flowchart.subject')}</td>
            <td style={cell}>
              {item.subject} · {item.post}
            </td>
            <td style={label}>{t('flowchart.timeLimit')}</td>
            <td style={cell}>{t('flowchart.total', { days: item.timeLimitDays })}</td>
          </tr>
          <tr>
            <td style={label}>{t('flowchart.supervision')}</td>
            <td style={cell}>{item.supervisionBody}</td>
            <td style={label}>{t('flowchart.disclosure')}</td>
            <td style={cell}>
              {d
                ? t('powerList.disclosureText', { what: d.what, where: d.where, days: d.withinDays })
                : t('powerList.none')}
            </td>
          </tr>
        </tbody>
      </table>
      <div style={{ ...box, width: '40%', borderRadius: 24 }}>{t('flowchart.start')}</div>
      {item.steps.map((s) => (
        <Fragment key={s.seq}>
          <Arrow />
          <div style={box} data-testid={`flowchart-step-${s.seq}`}>
            <div style={{ fontSize: 16, fontWeight: 700 }}>
              {t('flowchart.step', { n: s.seq })}　{s.name}
            </div>
            <div style={{ fontSize: 13 }}>
              {t('flowchart.actor', { post: s.actorPost })}　{t('flowchart.output', { output: s.output })}　
              {t('flowchart.limit', { days: s.timeLimitDays })}
            </div>
          </div>
        </Fragment>
      ))}
      {d && (
        <>
          <Arrow />
          <div style={{ ...box, borderStyle: 'dashed' }}>
            {t('flowchart.disclosure')}：
            {t('powerList.disclosureText', { what: d.what, where: d.where, days: d.withinDays })}
          </div>
        </>
      )}
      <Arrow />
      <div style={{ ...box, width: '40%', borderRadius: 24 }}>{t('flowchart.end')}</div>
      <p style={{ marginTop: 16, fontSize: 13 }}>
        {t('flowchart.supervision')}：{item.supervisionBody}。{t('flowchart.complain')}
      </p>
    </section>
  );
}
