import { useTranslation } from 'react-i18next';
import { BackHomeResult } from './back-home-result.tsx';

export function NotFound() {
  const { t } = useTranslation();
  return <BackHomeResult status="404" message={t('common.notFound')} />;
}
