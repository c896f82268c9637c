import type { ReactNode } from 'react';
import { Button, Space } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Link } from 'react-router';

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

interface PrintFrameProps {
  testId: string;
  backTo: string;
  backLabel: string;
  printLabel: string;
  children: ReactNode;
}

/** A printable page without console chrome: a back link and a print button that do not print, then the sheets. */
export function PrintFrame({ testId, backTo, backLabel, printLabel, children }: PrintFrameProps) {
  return (
    <div
      className="print-root"
      style={{ background: '#f0f0f0', minHeight: '100vh', padding: '16px 0' }}
      data-testid={testId}
    >
      <style>{PRINT_CSS}</style>
      <Space
        className="no-print"
        style={{ maxWidth: 780, margin: '0 auto 16px', display: 'flex', justifyContent: 'space-between' }}
      >
        <Link to={backTo}>
          <ArrowLeftOutlined /> {backLabel}
        </Link>
        <Button data-testid="print-button" type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {printLabel}
        </Button>
      </Space>
      {children}
    </div>
  );
}
