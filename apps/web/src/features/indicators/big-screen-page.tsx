import { useEffect, useMemo, useState } from 'react';
import { Button, Col, Row } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useRequiredSession } from '../auth/session.ts';
import {
  useCatalogue,
  useIndicatorRanking,
  useIndicatorSeries,
  useIndicatorValues,
  type IndicatorFilter,
} from './indicators-api.ts';
import { ChartBox } from './chart-box.tsx';
import { rankingOption, trendOption } from './chart-options.ts';
import { nameOf, showValue } from './indicator-format.ts';

export const REFRESH_SECONDS = 60;
/** The figures the lobby screen rotates through in its charts. */
const FEATURED = [
  'decisions.solved',
  'workers.community_staff',
  'people.residents',
  'integrity.exercises',
  'grid.disputes_screened',
  'party_life.volunteer_activities',
  'party_life.good_deeds',
];
const TEXT = '#f5f5f5';

/** 数据大屏: full-screen, dark, large figures for the service-centre lobby; refreshes itself and rotates the featured indicator. */
export function BigScreenPage() {
  const { t, i18n } = useTranslation();
  const session = useRequiredSession();
  const [tick, setTick] = useState(0);
  const [updated, setUpdated] = useState(dayjs());
  useEffect(() => {
    const id = window.setInterval(() => {
      setTick((n) => n + 1);
      setUpdated(dayjs());
    }, REFRESH_SECONDS * 1000);
    return () => window.clearInterval(id);
  }, []);
  const filter: IndicatorFilter = {
    unitId: session.user.scopeUnitId,
    from: dayjs().startOf('year').format('YYYY-MM-DD'),
    to: dayjs().format('YYYY-MM-DD'),
    compare: 'none',
  };
  const code = FEATURED[tick % FEATURED.length];
  const ms = REFRESH_SECONDS * 1000;
  const catalogue = useCatalogue();
  const values = useIndicatorValues(filter, ms);
  const series = useIndicatorSeries(code, filter, ms);
  const ranking = useIndicatorRanking(code, filter, ms);
  const defs = catalogue.data ?? [];
  const def = defs.find((d) => d.code === code);
  const label = def ? nameOf(def, i18n.language) : code;
  const trend = useMemo(() => trendOption(def, series.data, label, TEXT), [def, series.data, label]);
  const rank = useMemo(() => rankingOption(def, ranking.data, label, TEXT), [def, ranking.data, label]);
  const shown = defs.filter((d) => (values.data?.values.find((v) => v.code === d.code)?.value ?? null) !== null);
  return (
    <main data-testid="big-screen" style={{ minHeight: '100vh', background: '#0b1a33', color: TEXT, padding: 24 }}>
      <header style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: 16 }}>
        <h1 style={{ color: '#ffd666', fontSize: 40, margin: 0 }}>
          {session.user.scopeUnitName} · {t('ind.bigScreen')}
        </h1>
        <div style={{ fontSize: 18 }}>
          {t('ind.refreshed', { time: updated.format('HH:mm:ss') })} · {t('ind.refreshEvery', { n: REFRESH_SECONDS })}{' '}
          <Link to="/indicators">
            <Button ghost>{t('ind.exit')}</Button>
          </Link>
        </div>
      </header>
      <Row gutter={[16, 16]}>
        {shown.map((d) => (
          <Col key={d.code} xs={12} md={6} xl={4}>
            <div
              style={{ border: '1px solid #1f3a66', borderRadius: 8, padding: 16, background: '#10264a' }}
              data-testid={`screen-${d.code}`}
            >
              <div style={{ fontSize: 18, color: '#bfd4ff' }}>{nameOf(d, i18n.language)}</div>
              <div style={{ fontSize: 40, fontWeight: 700, color: '#ffd666' }}>
                {showValue(d, values.data?.values.find((v) => v.code === d.code)?.value)}
              </div>
            </div>
          </Col>
        ))}
      </Row>
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} lg={12}>
          <h2 style={{ color: TEXT }}>
            {t('ind.trend')} · {label}
          </h2>
          <ChartBox option={trend} height={360} label={t('ind.trend')} testId="screen-trend" dark />
        </Col>
        <Col xs={24} lg={12}>
          <h2 style={{ color: TEXT }}>
            {t('ind.ranking')} · {label}
          </h2>
          <ChartBox option={rank} height={360} label={t('ind.ranking')} testId="screen-ranking" dark />
        </Col>
      </Row>
    </main>
  );
}
