import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MatterStatus } from './decisions-api.ts';

const COLORS: Record<MatterStatus, string> = {
  open: 'blue',
  returned: 'orange',
  implementing: 'purple',
  completed: 'green',
  withdrawn: 'default',
};

export function MatterStatusTag({ status }: { status: MatterStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} data-testid="matter-status" data-status={status}>
      {t(`matterStatus.${status}`)}
    </Tag>
  );
}
