import { Descriptions, Empty, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../lib/format.ts';
import type { MatterRecord, MatterView } from './decisions-api.ts';
import { failureText } from './stage-rules.ts';

function RecordBody({ r }: { r: MatterRecord }) {
  const { t } = useTranslation();
  const none = t('common.none');
  if (r.kind === 'notice') {
    return (
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'p', label: t('stage.noticeFrom'), children: `${r.noticeFrom} ~ ${r.noticeUntil}` },
          {
            key: 'c',
            label: t('stage.noticeContent'),
            children: (
              <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                {r.noticeContent}
              </Typography.Paragraph>
            ),
          },
        ]}
      />
    );
  }
  const time = [r.startTime, r.endTime].filter(Boolean).join('–');
  const items = [
    { key: 'd', label: t('stage.heldOn'), children: `${r.heldOn}${time ? ` ${time}` : ''}` },
    {
      key: 'p',
      label: t('stage.place'),
      children: `${r.place ?? none}（${r.form ? t(`meetingForm.${r.form}`, { defaultValue: r.form }) : none}）`,
    },
  ];
  if (r.due !== null) {
    items.push({
      key: 'a',
      label: t('stage.present'),
      children: `${r.present} / ${r.due}（${t('stage.ratio', { share: formatPercent((r.present ?? 0) / r.due) })}）`,
    });
    items.push({
      key: 'v',
      label: t('stage.votesFor'),
      children: `${t('stage.votesFor')} ${r.votesFor}，${t('stage.votesAgainst')} ${r.votesAgainst ?? 0}，${t('stage.votesAbstain')} ${r.votesAbstain ?? 0}`,
    });
  }
  if (r.attendees.length)
    items.push({ key: 'n', label: t('stage.attendees'), children: r.attendees.map((a) => a.name).join('、') });
  items.push({ key: 'm', label: t('stage.minutes'), children: r.minutes ?? none });
  if (r.supervisionOpinion) items.push({ key: 's', label: t('stage.supervision'), children: r.supervisionOpinion });
  return <Descriptions size="small" column={1} items={items} />;
}

/** Every attempt in order, failed ones included (their minutes are real). */
export function StageRecords({ matter }: { matter: MatterView }) {
  const { t } = useTranslation();
  if (matter.records.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  const names = new Map(matter.template.stages.map((s) => [s.seq, s.name]));
  const items = [...matter.records]
    .sort((a, b) => a.attemptNo - b.attemptNo)
    .map((r) => ({
      key: r.id,
      color: r.passed ? 'green' : 'red',
      content: (
        <div data-testid={`record-${r.attemptNo}`} data-passed={String(r.passed)}>
          <Typography.Text strong>
            {names.get(r.stageSeq)}
            {r.throughSeq > r.stageSeq ? ` + ${names.get(r.throughSeq)}` : ''}
          </Typography.Text>{' '}
          <Tag>{t('matter.attempt', { n: r.attemptNo })}</Tag>
          <Tag color={r.passed ? 'green' : 'red'}>
            {r.passed ? t('matter.passed') : `${t('matter.failed')}：${failureText(t, r)}`}
          </Tag>
          {r.revision > 0 && <Tag>{t('matter.revision', { n: r.revision })}</Tag>}
          <RecordBody r={r} />
        </div>
      ),
    }));
  return <Timeline items={items} />;
}
