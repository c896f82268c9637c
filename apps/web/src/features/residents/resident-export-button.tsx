import { useState } from 'react';
import { Button } from 'antd';
import { ExportOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ReasonModal } from '../../components/reason-modal.tsx';
import { saveDownload } from '../../lib/download.ts';
import { notifySuccess } from '../../lib/notify.ts';
import { useExportResidents } from './residents-api.ts';

/** Export asks for a reason (audited), sends the current filters in the body, saves the xlsx. */
export function ResidentExportButton({ q, gridId }: { q?: string; gridId?: string }) {
  const { t } = useTranslation();
  const exporter = useExportResidents();
  const [asking, setAsking] = useState(false);
  const submit = (reason: string) =>
    exporter.mutate(
      { reason, q, gridId },
      {
        onSuccess: (file) => {
          saveDownload(file, 'residents.xlsx');
          notifySuccess(t('residents.exportDone'));
          setAsking(false);
        },
      },
    );
  return (
    <>
      <Button data-testid="resident-export" icon={<ExportOutlined />} onClick={() => setAsking(true)}>
        {t('residents.export')}
      </Button>
      <ReasonModal
        open={asking}
        title={t('residents.exportTitle')}
        testPrefix="export"
        confirmLoading={exporter.isPending}
        onCancel={() => setAsking(false)}
        onSubmit={submit}
      />
    </>
  );
}
