import { Button, Result, Space } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../../components/page-loading.tsx';
import { RequirePermission } from '../../components/require-permission.tsx';
import { Flowchart } from './flowchart.tsx';
import { usePowerItem } from './integrity-api.ts';

/** Print rules (as the record form's): only the sheet, on A4; fonts are the browser's. */
export const FLOW_PRINT_CSS = `
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
  const item = usePowerItem(id);
  if (item.isPending) return <PageLoading />;
  if (!item.data) return <Result status="404" title={t('common.notFound')} />;
  return (
    <div className="print-root" style={{ background: '#f0f0f0', minHeight: '100vh', padding: '16px 0' }} data-testid="flowchart-page">
      <style>{FLOW_PRINT_CSS}</style>
      <Space className="no-print" style={{ maxWidth: 780, margin: '0 auto 16px', display: 'flex', justifyContent: 'space-between' }}>
        <Link to="/integrity"><ArrowLeftOutlined /> {t('flowchart.back')}</Link>
        <Button data-testid="print-button" type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>{t('flowchart.print')}</Button>
      </Space>
      <Flowchart item={item.data} />
    </div>
  );
}

/** 运行流程图: one item version's procedure as a printable page for the community notice board. */
export function ItemPrintPage() {
  return <RequirePermission permission="integrity:read"><PrintBody /></RequirePermission>;
}
