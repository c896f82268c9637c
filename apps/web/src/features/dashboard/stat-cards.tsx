import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../lib/format.ts';
import type { HomeFiguresView } from './home-figures-api.ts';

const KEYS = ['communities', 'villages', 'grids', 'residents', 'partyMembers', 'branches', 'workers'] as const;

/** Headline counts plus sunk cadres and their share of agency staff. */
export function StatCards({ data }: { data: HomeFiguresView }) {
  const { t } = useTranslation();
  return (
    <Row gutter={[16, 16]}>
      {KEYS.map((key) => (
        <Col key={key} xs={12} md={8} xl={6}>
          <Card data-testid={`stat-${key}`}>
            <Statistic title={t(`dashboard.${key}`)} value={data[key]} />
          </Card>
        </Col>
      ))}
      <Col xs={12} md={8} xl={6}>
        <Card data-testid="stat-sunkCadres">
          <Statistic
            title={t('dashboard.sunkCadres')}
            value={data.sunkCadres}
            suffix={
              <span style={{ fontSize: 13, color: 'rgba(0,0,0,0.45)' }}>
                {t('dashboard.sunkShare', { share: formatPercent(data.sunkCadreShare), staff: data.agencyStaff })}
              </span>
            }
          />
        </Card>
      </Col>
    </Row>
  );
}
