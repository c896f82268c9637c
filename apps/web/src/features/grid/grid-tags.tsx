import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseListItem } from './grid-api.ts';
import { formatDateTime } from '../../lib/format.ts';

const STATUS_COLOR: Record<string, string> = {
  registered: 'blue',
  accepted: 'cyan',
  assigned: 'geekblue',
  mediating: 'purple',
  resolved: 'green',
  failed: 'volcano',
  escalated: 'orange',
  closed: 'default',
};
const WARNING_COLOR: Record<string, string> = { none: 'green', yellow: 'gold', red: 'red' };

export function CaseStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOR[status]} data-testid="case-status">
      {t(`gridGov.status.${status}`)}
    </Tag>
  );
}

/** The running stage's deadline with its yellow/red warning. */
export function TimerTag({ timer }: { timer: CaseListItem['timer'] }) {
  const { t } = useTranslation();
  if (!timer.stage) return <Tag>—</Tag>;
  return (
    <Tag color={WARNING_COLOR[timer.warning]} data-testid="case-warning" data-warning={timer.warning}>
      {t(`gridGov.warning.${timer.warning}`)} ·{' '}
      {t('gridGov.cases.due', {
        stage: t(`gridGov.stage.${timer.stage}`),
        at: formatDateTime(timer.dueAt).slice(5, 16),
      })}
    </Tag>
  );
}
