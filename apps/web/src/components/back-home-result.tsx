import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

/** A 403/404 page: the status as title, what happened, and a button back to the home page. */
export function BackHomeResult({ status, message }: { status: '403' | '404'; message: string }) {
  const { t } = useTranslation();
  return (
    <Result
      status={status}
      title={status}
      subTitle={message}
      extra={
        <Link to="/">
          <Button type="primary">{t('common.backHome')}</Button>
        </Link>
      }
    />
  );
}
