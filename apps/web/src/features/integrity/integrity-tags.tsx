import { Space, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Deviation } from './integrity-api.ts';
import type { AlertStatus, ComplaintStatus } from './supervision-api.ts';

const ALERT_COLORS: Record<AlertStatus, string> = {
  open: 'red',
  acknowledged: 'orange',
  investigating: 'gold',
  closed: 'default',
};
const COMPLAINT_COLORS: Record<ComplaintStatus, string> = {
  received: 'red',
  accepted: 'orange',
  investigating: 'gold',
  concluded: 'green',
  dismissed: 'default',
};

export function AlertStatusTag({ status }: { status: AlertStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={ALERT_COLORS[status]} data-testid="alert-status" data-status={status}>
      {t(`alertStatus.${status}`)}
    </Tag>
  );
}

export function ComplaintStatusTag({ status }: { status: ComplaintStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={COMPLAINT_COLORS[status]} data-testid="complaint-status" data-status={status}>
      {t(`complaintStatus.${status}`)}
    </Tag>
  );
}

export function ExerciseStatusTag({ status }: { status: 'open' | 'closed' }) {
  const { t } = useTranslation();
  return (
    <Tag color={status === 'open' ? 'blue' : 'default'} data-testid="exercise-status" data-status={status}>
      {t(`exerciseStatus.${status}`)}
    </Tag>
  );
}

/** The deviations the server detected, as red badges with the detail on hover; a green tag when there are none. */
export function DeviationTags({ deviations }: { deviations: Deviation[] }) {
  const { t } = useTranslation();
  if (deviations.length === 0)
    return (
      <Tag color="green" data-testid="deviation-none">
        {t('deviation.none')}
      </Tag>
    );
  return (
    <Space size={[0, 4]} wrap data-testid="deviation-tags">
      {deviations.map((d) => (
        <Tooltip key={`${d.kind}-${d.stepSeq ?? 0}`} title={d.detail}>
          <Tag color="red" data-testid="deviation-tag" data-kind={d.kind} data-step={d.stepSeq ?? ''}>
            {t(`deviation.${d.kind}`)}
            {d.stepSeq !== null ? ` · ${t('exercise.stepNo', { n: d.stepSeq })}` : ''}
          </Tag>
        </Tooltip>
      ))}
    </Space>
  );
}
