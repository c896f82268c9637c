import { Alert, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** A one-time password, shown this once to the administrator who set it (never stored in clear). */
export function OneTimePasswordModal({
  shown,
  onClose,
}: {
  shown: { username: string; password: string } | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      open={shown !== null}
      title={t('users.oneTimePassword')}
      onCancel={onClose}
      onOk={onClose}
      cancelButtonProps={{ style: { display: 'none' } }}
      destroyOnHidden
    >
      {shown && (
        <>
          <Alert type="warning" showIcon title={t('users.oneTimePasswordIntro', { username: shown.username })} />
          <Typography.Paragraph
            data-testid="one-time-password"
            copyable
            style={{ fontFamily: 'monospace', fontSize: 20, marginTop: 16, textAlign: 'center' }}
          >
            {shown.password}
          </Typography.Paragraph>
        </>
      )}
    </Modal>
  );
}
