import { useState } from 'react';
import { Card, Col, DatePicker, Row, Statistic, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { testId } from '../../lib/test-id.ts';
import { useTally } from './tally-api.ts';
import type { TallyRow } from './tally-api.ts';

/** 解决实际问题: matters whose implementation result was published in the chosen year, in total and per hall. */
export function TallyCard() {
  const { t } = useTranslation();
  const [year, setYear] = useState(dayjs().year());
  const tally = useTally(year, true);
  const data = tally.data;
  const columns: TableColumnsType<TallyRow> = [
    { title: t('tally.unit'), dataIndex: 'name' },
    { title: t('common.kind'), dataIndex: 'kind', render: (k: string) => t(`unitKind.${k}`, { defaultValue: k }) },
    { title: t('tally.opened'), dataIndex: 'opened', align: 'right', sorter: (a, b) => a.opened - b.opened },
    {
      title: t('tally.solved'),
      dataIndex: 'solved',
      align: 'right',
      sorter: (a, b) => a.solved - b.solved,
      defaultSortOrder: 'descend',
      render: (n: number, r) => <span data-testid={`tally-unit-${r.unitId}`}>{n}</span>,
    },
  ];
  return (
    <Card
      title={t('tally.title')}
      data-testid="tally-card"
      extra={
        <DatePicker
          data-testid="tally-year"
          picker="year"
          allowClear={false}
          value={dayjs().year(year)}
          onChange={(d) => d && setYear(d.year())}
          disabledDate={(d) => d.year() > dayjs().year()}
        />
      }
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} md={6}>
          <Statistic
            title={`${year} ${t('tally.title')}`}
            value={data?.solved ?? 0}
            loading={tally.isPending}
            styles={{ content: { color: '#c8102e', fontSize: 40 } }}
            {...testId('tally-solved')}
          />
          <Statistic
            title={t('tally.opened')}
            value={data?.opened ?? 0}
            loading={tally.isPending}
            {...testId('tally-opened')}
          />
        </Col>
        <Col xs={24} md={18}>
          <Table<TallyRow>
            size="small"
            rowKey="unitId"
            columns={columns}
            dataSource={data?.perUnit ?? []}
            pagination={false}
            loading={tally.isFetching}
            onRow={(r) => testId(`tally-row-${r.unitId}`)}
            scroll={{ y: 280 }}
          />
        </Col>
      </Row>
    </Card>
  );
}
