import { useState } from 'react';
import { Button, DatePicker, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { toIsoDate } from '../../lib/format.ts';
import { useParentAt } from './territory-api.ts';

/** 上级节点查询: which node was this unit's parent on a given date. */
export function ParentAtLookup({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<Dayjs | null>(dayjs());
  const [date, setDate] = useState<string | null>(null);
  const result = useParentAt(unitId, date);
  const data = result.data;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <DatePicker value={picked} onChange={setPicked} placeholder={t('territory.parentAtDate')} />
        <Button onClick={() => setDate(toIsoDate(picked) ?? null)} loading={result.isFetching} disabled={!picked}>
          {t('common.query')}
        </Button>
      </Space>
      {data && (
        <Typography.Text data-testid="parent-at-result">
          {data.parent
            ? t('territory.parentResult', {
                date: data.date,
                name: `${data.parent.name}（${t(`unitKind.${data.parent.kind}`)}）`,
              })
            : t('territory.noParent', { date: data.date })}
        </Typography.Text>
      )}
    </Space>
  );
}
