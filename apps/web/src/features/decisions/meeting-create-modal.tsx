import { Col, DatePicker, Divider, Form, Input, Row, Select, TimePicker } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { meetingCreateBody } from '@jishi/shared';
import { FormModal } from '../../components/form-modal.tsx';
import { notifySuccess } from '../../lib/notify.ts';
import { submitForm } from '../../lib/submit-form.ts';
import { testId } from '../../lib/test-id.ts';
import { MeetingAgendaFields } from './meeting-agenda-fields.tsx';
import { MeetingAttendeeFields } from './meeting-attendee-fields.tsx';
import { meetingInput } from './meeting-form.ts';
import type { MeetingValues } from './meeting-form.ts';
import { useCatalog, useCreateMeeting } from './meetings-api.ts';
import type { Meeting } from './meetings-api.ts';
import { SubdistrictField, useDefaultSubdistrict } from './subdistrict-field.tsx';

/** 新建会议: records a subdistrict meeting (type, time, place, attendees, agenda with decisions); then opens it. */
export function MeetingCreateModal({ onClose, onCreated }: { onClose: () => void; onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<MeetingValues>();
  const mutation = useCreateMeeting();
  const catalog = useCatalog();
  const unitId = useDefaultSubdistrict();
  const types = (catalog.data?.items ?? [])
    .filter((c) => c.kind === 'meeting_type' && c.active)
    .map((c) => ({ value: c.id, label: c.name }));
  const onFinish = (v: MeetingValues) =>
    submitForm(form, meetingCreateBody, meetingInput(v), mutation, (m: Meeting) => {
      notifySuccess(t('meetings.created'));
      onCreated(m.id);
    });
  return (
    <FormModal<MeetingValues>
      form={form}
      open
      width={960}
      title={t('meetings.create')}
      onClose={onClose}
      onFinish={onFinish}
      confirmLoading={mutation.isPending}
      okButtonProps={testId('meeting-submit')}
      initialValues={{ unitId, heldOn: dayjs(), attendees: [{}], agenda: [{ decisions: [] }] }}
      preserve={false}
    >
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <SubdistrictField name="unitId" label={t('meetings.unit')} testId="meeting-unit" />
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="typeId" label={t('meetings.type')} required>
            <Select data-testid="meeting-type" loading={catalog.isPending} options={types} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="title" label={t('meetings.meetingTitle')} required>
        <Input data-testid="meeting-title" maxLength={100} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="heldOn" label={t('meetings.heldOn')} required>
            <DatePicker
              data-testid="meeting-held-on"
              disabledDate={(d) => d.isAfter(dayjs(), 'day')}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={4}>
          <Form.Item name="startTime" label={t('stage.startTime')}>
            <TimePicker data-testid="meeting-start" format="HH:mm" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={4}>
          <Form.Item name="endTime" label={t('stage.endTime')}>
            <TimePicker data-testid="meeting-end" format="HH:mm" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="host" label={t('meetings.host')}>
            <Input data-testid="meeting-host" maxLength={50} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="place" label={t('meetings.place')} required>
        <Input data-testid="meeting-place" maxLength={100} />
      </Form.Item>
      <Form.Item label={t('meetings.attendees')} required>
        <MeetingAttendeeFields />
      </Form.Item>
      <Form.Item name="summary" label={t('meetings.summary')}>
        <Input.TextArea data-testid="meeting-summary" rows={3} maxLength={5000} />
      </Form.Item>
      <Divider titlePlacement="start">{t('meetings.agenda')}</Divider>
      <MeetingAgendaFields />
    </FormModal>
  );
}
