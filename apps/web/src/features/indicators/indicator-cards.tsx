import { Card, Col, Row, Statistic, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { IndicatorDefView, IndicatorValuesView } from '@jishi/shared';
import { nameOf, showValue } from './indicator-format.ts';

/** One card per indicator: value, comparison and target; a click picks it for the charts. */
export function IndicatorCards({
  catalogue,
  values,
  selected,
  onSelect,
}: {
  catalogue: IndicatorDefView[];
  values: IndicatorValuesView | undefined;
  selected: string;
  onSelect: (code: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const byCode = new Map((values?.values ?? []).map((v) => [v.code, v]));
  return (
    <Row gutter={[12, 12]} data-testid="indicator-cards">
      {catalogue.map((d) => {
        const v = byCode.get(d.code);
        if (!v || v.value === null) return null;
        return (
          <Col key={d.code} xs={12} md={8} xl={6}>
            <Card
              size="small"
              hoverable
              onClick={() => onSelect(d.code)}
              data-testid={`card-${d.code}`}
              style={{ borderColor: selected === d.code ? '#c8102e' : undefined, height: '100%' }}
            >
              <Tooltip title={i18n.language === 'en' ? d.definition.en : d.definition.zh}>
                <Statistic title={nameOf(d, i18n.language)} value={showValue(d, v.value)} />
              </Tooltip>
              {v.compare !== null && (
                <Typography.Text type="secondary">
                  {t('ind.previous', { value: showValue(d, v.compare) })}
                </Typography.Text>
              )}
              {v.meetsTarget !== null && (
                <div>
                  <Tag color={v.meetsTarget ? 'green' : 'orange'}>{v.meetsTarget ? t('ind.met') : t('ind.notMet')}</Tag>
                </div>
              )}
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
