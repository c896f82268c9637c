import { Card, Space, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PeriodsPanel } from './periods-panel.tsx';
import { TemplatesPanel } from './templates-panel.tsx';

/** 议事规则与关账: procedure templates with their versions, and closed periods. */
export function TemplatesPage() {
  const { t } = useTranslation();
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('templates.title')}
      </Typography.Title>
      <Card>
        <Tabs
          items={[
            { key: 'templates', label: t('templates.tabTemplates'), children: <TemplatesPanel /> },
            { key: 'periods', label: t('templates.tabPeriods'), children: <PeriodsPanel /> },
          ]}
        />
      </Card>
    </Space>
  );
}
