import { Space, Steps, Tag, Typography } from 'antd';
import type { StepsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format.ts';
import type { ExerciseView } from './integrity-api.ts';

/** The item's procedure with what was recorded for each step (time, actor, note, evidence) and the steps that deviate. */
export function ExerciseSteps({ exercise: e }: { exercise: ExerciseView }) {
  const { t } = useTranslation();
  const flagged = new Set(e.deviations.filter((d) => d.stepSeq !== null).map((d) => d.stepSeq));
  const items: StepsProps['items'] = e.item.steps.map((s) => {
    const done = e.steps.filter((r) => r.seq === s.seq);
    const state = done.length > 0 ? 'done' : 'waiting';
    return {
      status: flagged.has(s.seq) ? 'error' : done.length > 0 ? 'finish' : 'wait',
      title: (
        <span data-testid={`exercise-step-${s.seq}`} data-state={state} data-flagged={flagged.has(s.seq)}>
          {s.seq}. {s.name}
        </span>
      ),
      content: (
        <Space orientation="vertical" size={2} style={{ width: '100%' }}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('exercise.stepRule', { post: s.actorPost, output: s.output, days: s.timeLimitDays })}
          </Typography.Text>
          {done.map((r) => (
            <div key={r.recordedAt} style={{ background: '#fafafa', padding: '4px 8px', borderRadius: 4 }}>
              <Typography.Text>
                {t('exercise.doneBy', { at: formatDateTime(r.doneAt), name: r.actorName })}
              </Typography.Text>
              {r.note && <div style={{ whiteSpace: 'pre-wrap' }}>{r.note}</div>}
              {r.evidence.length > 0 && (
                <Space size={[0, 4]} wrap>
                  {r.evidence.map((ev) => (
                    <Tag key={`${ev.title}|${ev.ref ?? ''}`}>
                      {ev.title}
                      {ev.ref ? `（${ev.ref}）` : ''}
                    </Tag>
                  ))}
                </Space>
              )}
            </div>
          ))}
          {done.length === 0 && <Tag>{t('exercise.notDone')}</Tag>}
        </Space>
      ),
    };
  });
  return <Steps data-testid="exercise-steps" orientation="vertical" size="small" current={-1} items={items} />;
}
