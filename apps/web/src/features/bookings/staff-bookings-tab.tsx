import { Button, Descriptions, Drawer, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format.ts';
import { notifyError } from '../../lib/notify.ts';
import { testId } from '../../lib/test-id.ts';
import { type BookingView, useBooking, useServicesWrite, useStaffBookings } from '../../lib/services-api.ts';
import { useOpenParam } from '../../lib/use-open-param.ts';

type Action = 'approve' | 'reject';

/** Approve / reject buttons of a pending booking. */
function BookingActions({ booking, act }: { booking: BookingView; act: (id: string, action: Action) => void }) {
  const { t } = useTranslation();
  if (booking.status !== 'pending') return null;
  return (
    <Space>
      <Button size="small" type="primary" data-testid="booking-approve" onClick={() => act(booking.id, 'approve')}>
        {t('svc.approve')}
      </Button>
      <Button size="small" danger data-testid="booking-reject" onClick={() => act(booking.id, 'reject')}>
        {t('svc.reject')}
      </Button>
    </Space>
  );
}

/** '2026-12-11 09:00 – 11:00' (formatDateTime gives seconds too). */
const timeOf = (b: BookingView) =>
  `${formatDateTime(b.startsAt).slice(0, 16)} – ${formatDateTime(b.endsAt).slice(11, 16)}`;

/** One booking in full, with its actions (the drawer a to-do item's link opens). */
function BookingDetail({ booking, act }: { booking: BookingView; act: (id: string, action: Action) => void }) {
  const { t } = useTranslation();
  return (
    <Space
      orientation="vertical"
      size="middle"
      style={{ width: '100%' }}
      data-testid="booking-drawer"
      data-id={booking.id}
    >
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('svc.room')}>{`${booking.premisesName} · ${booking.roomName}`}</Descriptions.Item>
        <Descriptions.Item label={t('svc.time')}>{timeOf(booking)}</Descriptions.Item>
        <Descriptions.Item label={t('svc.booker')}>
          {`${booking.bookerName}（${t(`bookerKind.${booking.bookerKind}`)}）`}
        </Descriptions.Item>
        <Descriptions.Item label={t('svc.purpose2')}>{booking.purpose}</Descriptions.Item>
        <Descriptions.Item label={t('svc.attendees')}>{booking.attendees}</Descriptions.Item>
        <Descriptions.Item label={t('svc.status')}>
          <Tag data-testid="booking-status" data-status={booking.status}>
            {t(`bookingStatus.${booking.status}`)}
          </Tag>
        </Descriptions.Item>
        {booking.decisionNote && (
          <Descriptions.Item label={t('svc.note')}>
            <Typography.Text>{booking.decisionNote}</Typography.Text>
          </Descriptions.Item>
        )}
      </Descriptions>
      <BookingActions booking={booking} act={act} />
    </Space>
  );
}

/** Every booking in scope; pending ones are approved or rejected here. `?booking=<id>` opens one in a drawer. */
export function StaffBookingsTab() {
  const { t } = useTranslation();
  const list = useStaffBookings();
  const [open, setOpen] = useOpenParam('booking');
  const detail = useBooking(open);
  const write = useServicesWrite<{ id: string; action: Action }>(
    (b) => `/api/bookings/${b.id}/actions`,
    (b) => ({ action: b.action }),
  );
  const act = (id: string, action: Action) => write.mutateAsync({ id, action }).catch(notifyError);
  return (
    <>
      <Table
        rowKey="id"
        size="small"
        loading={list.isPending}
        dataSource={list.data ?? []}
        onRow={(b) => ({
          ...testId(`booking-row-${b.id}`),
          style: b.id === open ? { background: '#fff7e6' } : undefined,
        })}
        columns={[
          { title: t('svc.room'), render: (_: unknown, b) => `${b.premisesName} · ${b.roomName}` },
          { title: t('svc.time'), render: (_: unknown, b) => timeOf(b) },
          {
            title: t('svc.booker'),
            render: (_: unknown, b) => `${b.bookerName}（${t(`bookerKind.${b.bookerKind}`)}）`,
          },
          { title: t('svc.purpose2'), dataIndex: 'purpose' },
          { title: t('svc.attendees'), dataIndex: 'attendees', width: 70 },
          {
            title: t('svc.status'),
            dataIndex: 'status',
            render: (s: string) => <Tag>{t(`bookingStatus.${s}`)}</Tag>,
          },
          {
            title: t('svc.actions'),
            key: 'a',
            render: (_: unknown, b) => (
              <Space wrap size={4}>
                <BookingActions booking={b} act={act} />
                <Typography.Link onClick={() => setOpen(b.id)} data-testid="booking-open">
                  {t('svc.detail')}
                </Typography.Link>
              </Space>
            ),
          },
        ]}
      />
      <Drawer open={open !== null} onClose={() => setOpen(null)} title={t('svc.detail')}>
        {detail.data && <BookingDetail booking={detail.data} act={act} />}
      </Drawer>
    </>
  );
}
