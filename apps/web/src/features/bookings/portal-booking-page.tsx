import {
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  InputNumber,
  List,
  Select,
  Space,
  Tag,
  TimePicker,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../lib/notify.ts';
import { useBookableRooms, useBookings, useServicesWrite, type BookingView } from '../../lib/services-api.ts';

interface BookingForm {
  roomId: string;
  date: Dayjs;
  from: Dayjs;
  hours: number;
  purpose: string;
  attendees: number;
}

/** 预约功能室 inside the residents' portal (its theme: large type, 48 px controls; fits 360 px): pick a room, a day and a half-hour start; the room's busy times and one's own bookings. */
export function PortalBookingPage() {
  const { t } = useTranslation();
  const rooms = useBookableRooms();
  const [roomId, setRoomId] = useState<string | undefined>();
  const bookings = useBookings(roomId);
  const book = useServicesWrite<Record<string, unknown>, BookingView>(() => '/api/bookings');
  const cancel = useServicesWrite<{ id: string }>(
    (b) => `/api/bookings/${b.id}/actions`,
    () => ({ action: 'cancel' }),
  );
  const [form] = Form.useForm<BookingForm>();
  const onFinish = async (v: BookingForm) => {
    const start = v.date.hour(v.from.hour()).minute(v.from.minute()).second(0).millisecond(0);
    try {
      const b = await book.mutateAsync({
        roomId: v.roomId,
        startsAt: start.toISOString(),
        endsAt: start.add(v.hours * 60, 'minute').toISOString(),
        purpose: v.purpose,
        attendees: v.attendees,
      });
      notifySuccess(b.status === 'pending' ? t('svc.bookedPending') : t('svc.booked'));
    } catch (err) {
      notifyError(err);
    }
  };
  const all = bookings.data ?? [];
  return (
    <Space
      orientation="vertical"
      size="large"
      style={{ width: '100%', maxWidth: 640 }}
      data-testid="portal-booking-page"
    >
      <h1 style={{ fontSize: '1.4em', margin: 0 }}>{t('svc.bookingTitle')}</h1>
      <Typography.Paragraph style={{ margin: 0 }}>{t('svc.bookingIntro')}</Typography.Paragraph>
      <Card>
        <Form
          form={form}
          layout="vertical"
          size="large"
          onFinish={onFinish}
          initialValues={{ hours: 1, attendees: 1, date: dayjs().add(1, 'day'), from: dayjs().hour(9).minute(0) }}
        >
          <Form.Item name="roomId" label={t('svc.room')} rules={[{ required: true }]}>
            <Select
              data-testid="booking-room"
              onChange={setRoomId}
              options={(rooms.data ?? []).map((r) => ({
                value: r.id,
                label: `${r.unitName} · ${r.name}${r.needsApproval ? `（${t('svc.needsApproval')}）` : ''}`,
              }))}
            />
          </Form.Item>
          <Form.Item name="date" label={t('svc.date')} rules={[{ required: true }]}>
            <DatePicker inputReadOnly style={{ width: '100%' }} data-testid="booking-date" />
          </Form.Item>
          <Space wrap>
            <Form.Item name="from" label={t('svc.from')} rules={[{ required: true }]}>
              <TimePicker inputReadOnly format="HH:mm" minuteStep={30} data-testid="booking-from" />
            </Form.Item>
            <Form.Item name="hours" label={t('svc.hours')} rules={[{ required: true }]}>
              <InputNumber min={0.5} max={12} step={0.5} data-testid="booking-hours" />
            </Form.Item>
            <Form.Item name="attendees" label={t('svc.attendees')} rules={[{ required: true }]}>
              <InputNumber min={1} data-testid="booking-attendees" />
            </Form.Item>
          </Space>
          <Form.Item name="purpose" label={t('svc.purpose2')} rules={[{ required: true, max: 200 }]}>
            <Input data-testid="booking-purpose" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={book.isPending} data-testid="booking-submit">
            {t('svc.book')}
          </Button>
        </Form>
        {roomId && (
          <Typography.Link href={`/api/public/rooms/${roomId}/calendar.ics`}>{t('svc.calendar')}</Typography.Link>
        )}
      </Card>
      <h2 style={{ fontSize: '1.2em', margin: 0 }}>{t('svc.myBookings')}</h2>
      <List
        dataSource={all}
        locale={{ emptyText: t('svc.none') }}
        renderItem={(b) => (
          <List.Item
            data-testid={b.mine ? 'my-booking' : 'busy-slot'}
            actions={
              b.mine && (b.status === 'pending' || b.status === 'confirmed')
                ? [
                    <Button key="c" onClick={() => cancel.mutateAsync({ id: b.id }).catch(notifyError)}>
                      {t('svc.cancel')}
                    </Button>,
                  ]
                : []
            }
          >
            <Space wrap>
              <Tag color={b.mine ? 'blue' : 'default'}>{b.mine ? t(`bookingStatus.${b.status}`) : t('svc.busy')}</Tag>
              <span>{b.roomName}</span>
              <span>
                {dayjs(b.startsAt).format('YYYY-MM-DD HH:mm')}–{dayjs(b.endsAt).format('HH:mm')}
              </span>
              {b.mine && <span>{b.purpose}</span>}
            </Space>
          </List.Item>
        )}
      />
    </Space>
  );
}
