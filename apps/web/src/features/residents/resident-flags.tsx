import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ResidentView } from './residents-api.ts';

/** 困难 / 高龄 / 残疾 tags. */
export function ResidentFlags({ resident }: { resident: Pick<ResidentView, 'isNeedy' | 'isElderly' | 'isDisabled'> }) {
  const { t } = useTranslation();
  return (
    <Space size={4} wrap>
      {resident.isNeedy && <Tag color="volcano">{t('flag.needy')}</Tag>}
      {resident.isElderly && <Tag color="blue">{t('flag.elderly')}</Tag>}
      {resident.isDisabled && <Tag color="purple">{t('flag.disabled')}</Tag>}
    </Space>
  );
}
