import { Button, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format.ts';
import { notifyError } from '../../lib/notify.ts';
import { useServicesWrite, useStaffBookings } from '../../lib/services-api.ts';

/** Every booking in scope; pending ones are approved or rejected here. */
export function StaffBookingsTab() {
  const { t } = useTranslation();
  const list = useStaffBookings();
  const act = useServicesWrite<{ id: string; action: 'approve' | 'reject' | 'cancel' }>(
    (b) => `/api/bookings/${b.id}/actions`,
    (b) => ({ action: b.action }),
  );
  return (
    <Table
      rowKey="id"
      size="small"
      loading={list.isPending}
      dataSource={list.data ?? []}
      columns={[
        { title: t('svc.room'), render: (_: unknown, b) => `${b.premisesName} · ${b.roomName}` },
        {
          title: t('svc.time'),
          render: (_: unknown, b) => `${formatDateTime(b.startsAt)} – ${formatDateTime(b.endsAt).slice(-5)}`,
        },
        { title: t('svc.booker'), render: (_: unknown, b) => `${b.bookerName}（${t(`bookerKind.${b.bookerKind}`)}）` },
        { title: t('svc.purpose2'), dataIndex: 'purpose' },
        { title: t('svc.attendees'), dataIndex: 'attendees', width: 70 },
        { title: t('svc.status'), dataIndex: 'status', render: (s: string) => <Tag>{t(`bookingStatus.${s}`)}</Tag> },
        {
          title: t('svc.actions'),
          key: 'a',
          render: (_: unknown, b) =>
            b.status === 'pending' && (
              <Space>
                <Button
                  size="small"
                  type="primary"
                  onClick={() => act.mutateAsync({ id: b.id, action: 'approve' }).catch(notifyError)}
                >
                  {t('svc.approve')}
                </Button>
                <Button
                  size="small"
                  danger
                  onClick={() => act.mutateAsync({ id: b.id, action: 'reject' }).catch(notifyError)}
                >
                  {t('svc.reject')}
                </Button>
              </Space>
            ),
        },
      ]}
    />
  );
}
