import { useEffect } from 'react';
import type { ReactNode } from 'react';
import { ConfigProvider, message } from 'antd';
import zhCN from 'antd/es/locale/zh_CN';
import enUS from 'antd/es/locale/en_US';
import { QueryClientProvider } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { queryClient } from '../lib/query-client.ts';
import { bindMessageApi } from '../lib/notify.ts';

const THEME = { token: { colorPrimary: '#c8102e', borderRadius: 6 } };

/**
 * Query cache, antd locale (follows the i18n language) and the message API for global errors.
 * `message.useMessage` instead of <App>: App drags Modal and Notification into the entry chunk.
 */
function MessageHost() {
  const [messageApi, holder] = message.useMessage();
  useEffect(() => bindMessageApi(messageApi), [messageApi]);
  return holder;
}

export function AppProviders({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN} theme={THEME}>
        <MessageHost />
        {children}
      </ConfigProvider>
    </QueryClientProvider>
  );
}
