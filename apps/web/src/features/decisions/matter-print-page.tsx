import { Result } from 'antd';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../../components/page-loading.tsx';
import { PrintFrame } from '../../components/print-frame.tsx';
import { RequirePermission } from '../../components/require-permission.tsx';
import { useMatter } from './decisions-api.ts';
import { PrintSheet } from './print-sheet.tsx';

function PrintBody() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const matter = useMatter(id);
  if (matter.isPending) return <PageLoading />;
  if (!matter.data) return <Result status="404" title={t('common.notFound')} />;
  const m = matter.data;
  return (
    <PrintFrame
      testId="print-page"
      backTo={`/hall/matters/${m.id}`}
      backLabel={t('print.back')}
      printLabel={t('print.print')}
    >
      <h1 className="no-print" style={{ textAlign: 'center', fontSize: 20 }}>
        {t('print.title')} · {m.title}
      </h1>
      {m.template.stages.map((s) => (
        <PrintSheet key={s.seq} matter={m} stage={s} />
      ))}
    </PrintFrame>
  );
}

/** 议事记录表: the standard record form of one matter as a clean printable page (no console chrome). */
export function MatterPrintPage() {
  return (
    <RequirePermission permission="decision:read">
      <PrintBody />
    </RequirePermission>
  );
}
