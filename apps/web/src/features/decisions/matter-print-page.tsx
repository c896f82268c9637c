import { Button, Result, Space } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../../components/page-loading.tsx';
import { RequirePermission } from '../../components/require-permission.tsx';
import { useMatter } from './decisions-api.ts';
import { PrintSheet } from './print-sheet.tsx';

/** Print rules: only the sheets, one per A4 page; fonts are the browser's (Chinese included). */
const PRINT_CSS = `
@page { size: A4; margin: 15mm; }
.print-sheet { background: #fff; color: #000; max-width: 780px; margin: 0 auto 32px; padding: 32px; box-shadow: 0 1px 4px rgba(0,0,0,.15); }
@media print {
  .no-print { display: none !important; }
  body, .print-root { background: #fff !important; }
  .print-sheet { box-shadow: none; padding: 0; margin: 0; max-width: none; break-after: page; }
  .print-sheet:last-child { break-after: auto; }
}`;

function PrintBody() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const matter = useMatter(id);
  if (matter.isPending) return <PageLoading />;
  if (!matter.data) return <Result status="404" title={t('common.notFound')} />;
  const m = matter.data;
  return (
    <div className="print-root" style={{ background: '#f0f0f0', minHeight: '100vh', padding: '16px 0' }} data-testid="print-page">
      <style>{PRINT_CSS}</style>
      <Space className="no-print" style={{ maxWidth: 780, margin: '0 auto 16px', display: 'flex', justifyContent: 'space-between' }}>
        <Link to={`/hall/matters/${m.id}`}><ArrowLeftOutlined /> {t('print.back')}</Link>
        <Button data-testid="print-button" type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>{t('print.print')}</Button>
      </Space>
      <h1 className="no-print" style={{ textAlign: 'center', fontSize: 20 }}>{t('print.title')} · {m.title}</h1>
      {m.template.stages.map((s) => <PrintSheet key={s.seq} matter={m} stage={s} />)}
    </div>
  );
}

/** 议事记录表: the standard record form of one matter as a clean printable page (no console chrome). */
export function MatterPrintPage() {
  return <RequirePermission permission="decision:read"><PrintBody /></RequirePermission>;
}
