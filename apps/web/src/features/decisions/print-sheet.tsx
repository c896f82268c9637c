import { useTranslation } from 'react-i18next';
import type { MatterRecord, MatterView, TemplateStage } from './decisions-api.ts';
import { recordsOf } from './stage-rules.ts';

const cell = { border: '1px solid #000', padding: '6px 8px', verticalAlign: 'top' } as const;
const label = { ...cell, width: '18%', fontWeight: 600, background: '#f5f5f5' } as const;

/** Blank rows to sign on: the named attendees, or as many empty lines as were present (at least eight). */
function SignatureRows({ r }: { r: MatterRecord | undefined }) {
  const names = r?.attendees.map((a) => a.name) ?? [];
  const rows = Math.max(names.length, Math.min(r?.present ?? 8, 40), 8);
  const pairs = Array.from({ length: Math.ceil(rows / 2) }, (_, i) => ({
    row: i,
    a: names[i * 2] ?? '',
    b: names[i * 2 + 1] ?? '',
  }));
  return (
    <>
      {pairs.map(({ row, a, b }) => (
        <tr key={row} style={{ height: 34 }}>
          <td style={cell}>{a}</td>
          <td style={cell} />
          <td style={cell}>{b}</td>
          <td style={cell} />
        </tr>
      ))}
    </>
  );
}

/** One sheet of the record form (提议, 商议, 审议, 决议, 决议公开, 实施结果公开 …) for one stage of a matter. */
export function PrintSheet({ matter, stage }: { matter: MatterView; stage: TemplateStage }) {
  const { t } = useTranslation();
  const attempts = recordsOf(matter.records, stage.seq);
  const r = attempts.find((a) => a.passed) ?? attempts[attempts.length - 1];
  const blank = t('print.notRecorded');
  const head = (
    <>
      <h2 style={{ textAlign: 'center', margin: '0 0 4px', fontSize: 22 }}>
        {matter.unitName} {t('print.sheet', { stage: stage.name })}
      </h2>
      <p style={{ textAlign: 'center', margin: '0 0 12px' }}>
        {matter.template.name} · {t(`stageBody.${stage.body}`)}
      </p>
    </>
  );
  const rows: [string, string][] =
    stage.kind === 'notice'
      ? [
          [t('print.noticePeriod'), r ? `${r.noticeFrom} ~ ${r.noticeUntil}` : blank],
          [t('print.notice'), r?.noticeContent ?? blank],
        ]
      : [
          [t('print.time'), r ? `${r.heldOn} ${[r.startTime, r.endTime].filter(Boolean).join('–')}` : blank],
          [
            t('print.place'),
            r ? `${r.place ?? ''}（${r.form ? t(`meetingForm.${r.form}`, { defaultValue: r.form }) : ''}）` : blank,
          ],
          ...(stage.kind === 'meeting'
            ? ([
                [
                  t('stage.present'),
                  r?.due !== null && r ? t('print.attendance', { due: r.due, present: r.present }) : blank,
                ],
                [
                  t('print.result'),
                  r?.due !== null && r
                    ? `${t('print.votes', { for: r.votesFor, against: r.votesAgainst ?? 0, abstain: r.votesAbstain ?? 0 })}　${r.passed ? t('matter.passed') : t('matter.failed')}`
                    : blank,
                ],
              ] as [string, string][])
            : []),
          [t('print.minutes'), r?.minutes ?? blank],
          [t('print.supervision'), r?.supervisionOpinion ?? ''],
        ];
  return (
    <section className="print-sheet" data-testid={`print-sheet-${stage.seq}`}>
      {head}
      <table style={{ width: '100%', borderCollapse: 'collapse', fontSize: 14 }}>
        <tbody>
          <tr>
            <td style={label}>{t('print.matter')}</td>
            <td style={cell} colSpan={3}>
              {matter.title}
            </td>
          </tr>
          {rows.map(([k, v]) => (
            <tr key={k}>
              <td style={label}>{k}</td>
              <td
                style={{ ...cell, whiteSpace: 'pre-wrap', height: k === t('print.minutes') ? 120 : undefined }}
                colSpan={3}
              >
                {v}
              </td>
            </tr>
          ))}
          {stage.kind !== 'notice' && (
            <>
              <tr>
                <td style={{ ...label, textAlign: 'center' }} colSpan={4}>
                  {t('print.attendees')}
                </td>
              </tr>
              <SignatureRows r={r} />
            </>
          )}
        </tbody>
      </table>
      <p style={{ display: 'flex', justifyContent: 'space-between', marginTop: 24 }}>
        <span>{t('print.host')}：__________</span>
        <span>{t('print.recorder')}：__________</span>
        <span>{t('print.signedOn')}</span>
      </p>
    </section>
  );
}
