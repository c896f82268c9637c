import { Suspense, useMemo, useState } from 'react';
import { Breadcrumb, Button, Card, Col, DatePicker, InputNumber, Row, Select, Space, Spin, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { toIsoDate } from '../../lib/format.ts';
import { notifyError } from '../../lib/notify.ts';
import { useRequiredSession } from '../auth/session.ts';
import {
  downloadAnnualReport,
  downloadIndicatorTable,
  useCatalogue,
  useIndicatorChildren,
  useIndicatorRanking,
  useIndicatorSeries,
  useIndicatorValues,
  type IndicatorFilter,
} from './indicators-api.ts';
import { IndicatorCards } from './indicator-cards.tsx';
import { DrillTable } from './drill-table.tsx';
import { ChartBox } from './chart-box.tsx';
import { GridMap } from './grid-map.tsx';
import { rankingOption, trendOption } from './chart-options.ts';
import { nameOf } from './indicator-format.ts';

const DEFAULT_CODE = 'decisions.solved';

/** 数据看板: every indicator for a unit and a period, with comparison, trend, ranking, grid map and drill-down; exports. */
export function IndicatorsPage() {
  const { t, i18n } = useTranslation();
  const session = useRequiredSession();
  const [path, setPath] = useState<{ id: string; name: string }[]>([
    { id: session.user.scopeUnitId, name: session.user.scopeUnitName },
  ]);
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().startOf('year'), dayjs()]);
  const [compare, setCompare] = useState<IndicatorFilter['compare']>('previous');
  const [code, setCode] = useState(DEFAULT_CODE);
  const [year, setYear] = useState(dayjs().year() - 1);
  const [busy, setBusy] = useState<string | null>(null);
  const focus = path[path.length - 1];
  const filter: IndicatorFilter = { unitId: focus.id, from: toIsoDate(range[0]), to: toIsoDate(range[1]), compare };
  const catalogue = useCatalogue();
  const values = useIndicatorValues(filter);
  const children = useIndicatorChildren(filter);
  const series = useIndicatorSeries(code, filter);
  const ranking = useIndicatorRanking(code, filter);
  const defs = catalogue.data ?? [];
  const def = defs.find((d) => d.code === code);
  const label = def ? nameOf(def, i18n.language) : code;
  const trend = useMemo(() => trendOption(def, series.data, label), [def, series.data, label]);
  const rank = useMemo(() => rankingOption(def, ranking.data, label), [def, ranking.data, label]);
  const run = async (key: string, job: () => Promise<void>) => {
    setBusy(key);
    try {
      await job();
    } catch (e) {
      notifyError(e);
    } finally {
      setBusy(null);
    }
  };
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }} data-testid="indicators-page">
      <Space wrap align="center" style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('ind.title')}
        </Typography.Title>
        <Space wrap>
          <DatePicker.RangePicker
            value={range}
            allowClear={false}
            aria-label={t('ind.period')}
            data-testid="ind-period"
            onChange={(v) => {
              if (v?.[0] && v[1]) setRange([v[0], v[1]]);
            }}
          />
          <Select
            aria-label={t('ind.compare')}
            value={compare}
            onChange={setCompare}
            style={{ width: 180 }}
            data-testid="ind-compare"
            options={[
              { value: 'previous', label: t('ind.comparePrevious') },
              { value: 'year', label: t('ind.compareYear') },
              { value: 'none', label: t('ind.compareNone') },
            ]}
          />
          <Link to="/big-screen">
            <Button>{t('ind.bigScreen')}</Button>
          </Link>
        </Space>
      </Space>
      <Breadcrumb
        data-testid="ind-breadcrumb"
        items={path.map((p, i) => ({
          key: p.id,
          title:
            i < path.length - 1 ? (
              <Button type="link" style={{ padding: 0, height: 'auto' }} onClick={() => setPath(path.slice(0, i + 1))}>
                {p.name}
              </Button>
            ) : (
              p.name
            ),
        }))}
      />
      <Spin spinning={values.isPending || catalogue.isPending}>
        <IndicatorCards catalogue={defs} values={values.data} selected={code} onSelect={setCode} />
      </Spin>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={`${t('ind.trend')} · ${label}`}>
            <ChartBox option={trend} label={t('ind.trend')} testId="trend-chart" />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={`${t('ind.ranking')} · ${label}`}>
            <ChartBox option={rank} label={t('ind.ranking')} testId="ranking-chart" />
          </Card>
        </Col>
      </Row>
      <Card
        title={t('ind.drill')}
        extra={
          <Space wrap>
            <Button
              loading={busy === 'xlsx'}
              onClick={() => run('xlsx', () => downloadIndicatorTable(filter))}
              data-testid="ind-export"
            >
              {t('ind.exportXlsx')}
            </Button>
            <InputNumber
              aria-label={t('ind.reportYear')}
              min={2000}
              max={2100}
              value={year}
              onChange={(v) => setYear(v ?? year)}
              data-testid="ind-report-year"
            />
            <Button
              loading={busy === 'docx'}
              onClick={() => run('docx', () => downloadAnnualReport(focus.id, year, 'docx'))}
              data-testid="ind-report-docx"
            >
              {t('ind.reportDocx')}
            </Button>
            <Button
              loading={busy === 'pdf'}
              onClick={() => run('pdf', () => downloadAnnualReport(focus.id, year, 'pdf'))}
              data-testid="ind-report-pdf"
            >
              {t('ind.reportPdf')}
            </Button>
          </Space>
        }
      >
        <Spin spinning={children.isPending}>
          <DrillTable
            data={children.data}
            catalogue={defs}
            onDrill={(u) => setPath([...path, { id: u.id, name: u.name }])}
          />
        </Spin>
      </Card>
      <Card title={`${t('ind.map')} · ${label}`}>
        <Suspense fallback={<Spin />}>
          <GridMap data={children.data} code={code} label={label} />
        </Suspense>
      </Card>
    </Space>
  );
}
