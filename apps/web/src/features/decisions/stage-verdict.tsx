import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MatterRecord } from './decisions-api.ts';
import { failureText } from './stage-rules.ts';

/** The server's verdict on the attempt just recorded: quorum and pass, in words. */
export function StageVerdict({
  record,
  stageName,
  onClose,
}: {
  record: MatterRecord;
  stageName: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const quorum = record.quorumMet === null ? '' : record.quorumMet ? t('stage.quorumMet') : t('stage.quorumMissed');
  const detail =
    record.due !== null
      ? t('stage.verdictDetail', {
          stage: stageName,
          present: record.present,
          due: record.due,
          for: record.votesFor,
          quorum,
        })
      : stageName;
  return (
    <Alert
      data-testid="stage-verdict"
      data-attempt={record.attemptNo}
      data-passed={String(record.passed)}
      data-quorum={String(record.quorumMet)}
      type={record.passed ? 'success' : 'error'}
      showIcon
      closable={{ onClose }}
      title={record.passed ? t('stage.verdictPassed') : t('stage.verdictFailed', { why: failureText(t, record) })}
      description={detail}
    />
  );
}
