import { Result } from 'antd';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../../components/page-loading.tsx';
import { PrintFrame } from '../../components/print-frame.tsx';
import { RequirePermission } from '../../components/require-permission.tsx';
import { Flowchart } from './flowchart.tsx';
import { usePowerItem } from './integrity-api.ts';

function PrintBody() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const item = usePowerItem(id);
  if (item.isPending) return <PageLoading />;
  if (!item.data) return <Result status="404" title={t('common.notFound')} />;
  return (
    <PrintFrame
      testId="flowchart-page"
      backTo="/integrity"
      backLabel={t('flowchart.back')}
      printLabel={t('flowchart.print')}
    >
      <Flowchart item={item.data} />
    </PrintFrame>
  );
}

/** 运行流程图: one item version's procedure as a printable page for the community notice board. */
export function ItemPrintPage() {
  return (
    <RequirePermission permission="integrity:read">
      <PrintBody />
    </RequirePermission>
  );
}
