import { Button, Form, Input, Space } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/** Attendees (出席人员) of a subdistrict meeting: name and, optionally, title. */
export function MeetingAttendeeFields() {
  const { t } = useTranslation();
  return (
    <Form.List name="attendees">
      {(fields, { add, remove }) => (
        <Space orientation="vertical" style={{ width: '100%' }}>
          {fields.map((f, i) => (
            <Space key={f.key} wrap>
              <Form.Item name={[f.name, 'name']} style={{ margin: 0 }}>
                <Input
                  data-testid={`meeting-attendee-${i}-name`}
                  placeholder={t('meetings.attendeeName')}
                  maxLength={50}
                  style={{ width: 160 }}
                />
              </Form.Item>
              <Form.Item name={[f.name, 'title']} style={{ margin: 0 }}>
                <Input
                  data-testid={`meeting-attendee-${i}-title`}
                  placeholder={t('meetings.attendeeTitle')}
                  maxLength={60}
                  style={{ width: 200 }}
                />
              </Form.Item>
              {fields.length > 1 && (
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('meetings.remove')}
                  onClick={() => remove(f.name)}
                />
              )}
            </Space>
          ))}
          <Button size="small" data-testid="meeting-attendee-add" icon={<PlusOutlined />} onClick={() => add({})}>
            {t('meetings.addAttendee')}
          </Button>
        </Space>
      )}
    </Form.List>
  );
}
