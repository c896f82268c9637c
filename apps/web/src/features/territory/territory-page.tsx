import { useState } from 'react';
import { Alert, Card, Col, DatePicker, Empty, Row, Space, Spin, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { toIsoDate, todayIso } from '../../lib/format.ts';
import { useUnits } from './territory-api.ts';
import { UnitDetails } from './unit-details.tsx';
import { UnitTree } from './unit-tree.tsx';

/** 网格区划: the territory tree as of a date, details and restructuring of the selected node. */
export function TerritoryPage() {
  const { t } = useTranslation();
  const [asOf, setAsOf] = useState<Dayjs | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const at = toIsoDate(asOf);
  const units = useUnits(at);
  const items = units.data?.items ?? [];
  const names = new Map(items.map((u) => [u.id, u.name]));
  const selected = items.find((u) => u.id === selectedId) ?? null;
  const historical = at !== undefined && at < todayIso();
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('territory.title')}
        </Typography.Title>
        <DatePicker
          data-testid="territory-at"
          value={asOf}
          onChange={setAsOf}
          placeholder={t('common.asOf')}
          allowClear
        />
      </Space>
      {historical && <Alert type="info" showIcon title={t('common.historical', { date: units.data?.at ?? at })} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={9}>
          <Card title={t('territory.tree')} styles={{ body: { maxHeight: '70vh', overflow: 'auto' } }}>
            {units.isPending ? (
              <Spin />
            ) : (
              <UnitTree key={at ?? 'current'} units={items} selectedId={selectedId} onSelect={setSelectedId} />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={15}>
          {selected ? (
            <UnitDetails key={selected.id} unit={selected} names={names} writable={!historical} />
          ) : (
            <Card>
              <Empty description={t('common.emptySelection')} />
            </Card>
          )}
        </Col>
      </Row>
    </Space>
  );
}
