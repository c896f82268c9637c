import type { ReactNode } from 'react';
import { Button, ConfigProvider, Space } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LangSwitch } from './lang-switch.tsx';
import { useInPortalFrame } from './portal-frame.ts';

/** Large type and strong contrast for older residents (as on the proposal portal). */
export const PUBLIC_THEME = {
  token: { fontSize: 20, colorText: '#000', colorTextSecondary: '#222', controlHeightLG: 56, fontSizeLG: 22 },
};
export const WRAP = { maxWidth: 960, margin: '0 auto', padding: '24px 16px' } as const;

/**
 * The frame of the public pages (no sign-in): a red header with the title, language switch and the way to the board; inside the residents' portal, the title only.
 * Both set the base text size, so pages give theirs in em and follow the portal's large-font mode.
 */
export function PublicShell({
  title,
  subtitle,
  testId,
  children,
}: {
  title: string;
  subtitle?: string;
  testId: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  if (useInPortalFrame()) {
    return (
      <section data-testid={testId}>
        <h1 style={{ fontSize: '1.4em', margin: '0 0 4px' }}>{title}</h1>
        {subtitle && <p style={{ margin: '0 0 16px' }}>{subtitle}</p>}
        {children}
      </section>
    );
  }
  return (
    <ConfigProvider theme={PUBLIC_THEME}>
      <div
        style={{ minHeight: '100vh', background: '#fff', color: '#000', fontSize: PUBLIC_THEME.token.fontSize }}
        data-testid={testId}
      >
        <header style={{ background: '#c8102e', color: '#fff' }}>
          <div
            style={{
              ...WRAP,
              padding: '16px',
              display: 'flex',
              justifyContent: 'space-between',
              alignItems: 'center',
              gap: 12,
              flexWrap: 'wrap',
            }}
          >
            <div>
              <h1 style={{ margin: 0, fontSize: 28, color: '#fff' }}>{title}</h1>
              {subtitle && <div style={{ fontSize: 18 }}>{subtitle}</div>}
            </div>
            <Space wrap>
              <LangSwitch />
              <Link to="/board">
                <Button>{t('board.title')}</Button>
              </Link>
            </Space>
          </div>
        </header>
        <main style={WRAP}>{children}</main>
      </div>
    </ConfigProvider>
  );
}
