import { Button } from 'antd';
import { GlobalOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { currentLang, setLang } from '../lib/i18n/index.ts';

/** One click toggles 中文 ⇄ English; the button names the language it switches to. */
export function LangSwitch({ light = false }: { light?: boolean }) {
  const { t } = useTranslation();
  const next = currentLang() === 'en' ? 'zh-CN' : 'en';
  return (
    <Button
      data-testid="lang-switch"
      type={light ? 'text' : 'default'}
      icon={<GlobalOutlined />}
      lang={next}
      onClick={() => void setLang(next)}
    >
      {t('app.switchTo')}
    </Button>
  );
}
