import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ReasonModal } from '../../components/reason-modal.tsx';
import { apiDownload } from '../../lib/api-client.ts';
import { saveDownload } from '../../lib/download.ts';
import { notifySuccess } from '../../lib/notify.ts';

/** One feedback export to the employer: where, what (year, work unit) and the file name to fall back on. */
export interface FeedbackExport {
  path: string;
  body: { year: number; workUnit?: string };
  fallback: string;
}

/**
 * The feedback exports carry members' personal data: like the residents export, they ask for a reason first
 * (sent in the body and audited with the export), then save the file.
 */
export function FeedbackExportModal({ job, onClose }: { job: FeedbackExport | null; onClose: () => void }) {
  const { t } = useTranslation();
  const exporter = useMutation({
    mutationFn: ({ path, body }: FeedbackExport & { body: { reason: string } }) => apiDownload(path, { json: body }),
    gcTime: 0,
  });
  const submit = (reason: string) => {
    if (!job) return;
    exporter.mutate(
      { ...job, body: { ...job.body, reason } },
      {
        onSuccess: (file) => {
          saveDownload(file, job.fallback);
          notifySuccess(t('members.inService.exportDone'));
          onClose();
        },
      },
    );
  };
  return (
    <ReasonModal
      open={Boolean(job)}
      title={t('members.inService.exportTitle')}
      testPrefix="feedback-export"
      confirmLoading={exporter.isPending}
      onCancel={onClose}
      onSubmit={submit}
    />
  );
}
