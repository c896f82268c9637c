import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';

/** Shown wherever the server reports demo mode, so nobody mistakes demo data for real records. */
export function DemoBanner() {
  const { t } = useTranslation();
  return (
    <Alert
      data-testid="demo-banner"
      type="warning"
      showIcon
      banner
      title={<strong>{t('app.demoTag')}</strong>}
      description={t('app.demoBanner')}
    />
  );
}
