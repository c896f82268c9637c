import type { CSSProperties } from 'react';
import { Button, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MetaView } from './auth-api.ts';

type DemoAccount = MetaView['demoAccounts'][number];

/**
 * Demo logins published by the server in demo mode, each with a button that fills the form.
 * A plain table on purpose: antd Table (with Tree, Menu, Pagination) would triple the login bundle.
 */
export function DemoAccounts({ accounts, onFill }: { accounts: DemoAccount[]; onFill: (a: DemoAccount) => void }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const cell: CSSProperties = {
    padding: '8px 12px',
    borderBottom: `1px solid ${token.colorBorderSecondary}`,
    textAlign: 'left',
  };
  const code: CSSProperties = {
    fontFamily: token.fontFamilyCode,
    background: token.colorFillTertiary,
    padding: '0 4px',
    borderRadius: 4,
  };
  return (
    <section
      data-testid="demo-accounts"
      style={{ background: token.colorBgContainer, borderRadius: token.borderRadiusLG, padding: 16, overflowX: 'auto' }}
    >
      <h3 style={{ margin: '0 0 8px', fontSize: 16 }}>{t('auth.demoAccounts')}</h3>
      <table style={{ width: '100%', borderCollapse: 'collapse', fontSize: 14 }}>
        <thead>
          <tr style={{ background: token.colorFillQuaternary }}>
            <th style={cell}>{t('auth.role')}</th>
            <th style={cell}>{t('auth.scope')}</th>
            <th style={cell}>{t('auth.username')}</th>
            <th style={cell}>{t('auth.password')}</th>
            <th style={cell} aria-label={t('auth.fill')} />
          </tr>
        </thead>
        <tbody>
          {accounts.map((a) => (
            <tr key={a.username} data-testid={`demo-account-${a.username}`}>
              <td style={cell}>{t(`role.${a.role}`)}</td>
              <td style={cell}>{a.scope}</td>
              <td style={cell}>
                <span style={code}>{a.username}</span>
              </td>
              <td style={cell}>
                <span style={code}>{a.password}</span>
              </td>
              <td style={cell}>
                <Button size="small" data-testid={`demo-fill-${a.username}`} onClick={() => onFill(a)}>
                  {t('auth.fill')}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
