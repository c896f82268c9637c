import { Space, Steps, Tag, Typography } from 'antd';
import type { StepsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MatterView } from './decisions-api.ts';
import { passText, quorumText, recordsOf, stageState } from './stage-rules.ts';
import type { StageState } from './stage-rules.ts';

const STATUS: Record<StageState, NonNullable<StepsProps['status']>> = {
  passed: 'finish',
  current: 'process',
  failed: 'error',
  waiting: 'wait',
};
const COLOR: Record<StageState, string> = { passed: 'green', current: 'blue', failed: 'red', waiting: 'default' };

/** The template's stages with the engine's state: passed, next (current), failed and to be repeated, waiting. */
export function StageSteps({ matter }: { matter: MatterView }) {
  const { t } = useTranslation();
  const current = matter.template.stages.findIndex((s) => s.seq === matter.next?.seq);
  const items: StepsProps['items'] = matter.template.stages.map((s) => {
    const state = stageState(matter, s);
    const attempts = recordsOf(matter.records, s.seq);
    const failed = attempts.filter((r) => !r.passed).length;
    const rules = [
      s.quorum ? quorumText(t, s.quorum) : null,
      s.pass ? passText(t, s.pass) : null,
      s.noticeDays ? t('matter.noticeRule', { n: s.noticeDays }) : null,
    ]
      .filter(Boolean)
      .join('；');
    const label =
      state === 'passed'
        ? 'matter.passed'
        : state === 'failed'
          ? 'matter.failed'
          : state === 'current'
            ? 'matter.current'
            : 'matter.waiting';
    return {
      status: STATUS[state],
      title: (
        <span data-testid={`stage-step-${s.seq}`} data-state={state}>
          {s.seq}. {s.name}
        </span>
      ),
      content: (
        <Space orientation="vertical" size={0}>
          <Space size={4} wrap>
            <Tag color={COLOR[state]}>{t(label)}</Tag>
            {attempts.length > 0 && (
              <Typography.Text type="secondary">{t('matter.attempts', { n: attempts.length })}</Typography.Text>
            )}
            {failed > 0 && state === 'passed' && (
              <Tag color="orange">
                {t('matter.failed')} × {failed}
              </Tag>
            )}
          </Space>
          {rules && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {rules}
            </Typography.Text>
          )}
        </Space>
      ),
    };
  });
  return (
    <Steps
      data-testid="stage-steps"
      orientation="vertical"
      size="small"
      current={current < 0 ? items.length : current}
      items={items}
    />
  );
}
