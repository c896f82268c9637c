import { useState } from 'react';
import { Alert, Button, Descriptions, Typography } from 'antd';
import { EyeOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ReasonModal } from '../../components/reason-modal.tsx';
import { useRevealResident } from './residents-api.ts';
import type { Revealed } from './residents-api.ts';

/**
 * 查看完整信息: asks for a reason, then shows the full ID number, phone and birth date. The values live in
 * this component's state only; closing the drawer unmounts it and they are gone.
 */
export function ResidentReveal({ residentId }: { residentId: string }) {
  const { t } = useTranslation();
  const reveal = useRevealResident(residentId);
  const [asking, setAsking] = useState(false);
  const [revealed, setRevealed] = useState<Revealed | null>(null);
  const submit = (reason: string) =>
    reveal.mutate(
      { fields: ['idNumber', 'phone', 'birthDate'], reason },
      {
        onSuccess: (data) => {
          setRevealed(data);
          setAsking(false);
          reveal.reset();
        },
      },
    );
  const none = t('common.none');
  return (
    <>
      {revealed ? (
        <Alert
          type="warning"
          showIcon
          title={t('residents.revealNote')}
          description={
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('residents.idNumber')}>
                <Typography.Text data-testid="revealed-idNumber" copyable={false} style={{ fontFamily: 'monospace' }}>
                  {revealed.idNumber ?? none}
                </Typography.Text>
              </Descriptions.Item>
              <Descriptions.Item label={t('residents.phone')}>
                <Typography.Text data-testid="revealed-phone" style={{ fontFamily: 'monospace' }}>
                  {revealed.phone ?? none}
                </Typography.Text>
              </Descriptions.Item>
              <Descriptions.Item label={t('residents.birthDate')}>
                <Typography.Text data-testid="revealed-birthDate">{revealed.birthDate ?? none}</Typography.Text>
              </Descriptions.Item>
            </Descriptions>
          }
        />
      ) : (
        <Button data-testid="resident-reveal" icon={<EyeOutlined />} onClick={() => setAsking(true)}>
          {t('residents.reveal')}
        </Button>
      )}
      <ReasonModal
        open={asking}
        title={t('residents.revealTitle')}
        testPrefix="reveal"
        confirmLoading={reveal.isPending}
        onCancel={() => setAsking(false)}
        onSubmit={submit}
      />
    </>
  );
}
