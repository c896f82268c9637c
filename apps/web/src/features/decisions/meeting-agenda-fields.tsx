import { Button, Card, DatePicker, Form, Input, Space } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/** The decisions (决定事项) of one agenda item: content, owner, due date. */
function DecisionFields({ item }: { item: number }) {
  const { t } = useTranslation();
  return (
    <Form.List name={[item, 'decisions']}>
      {(fields, { add, remove }) => (
        <Space orientation="vertical" style={{ width: '100%' }}>
          {fields.map((f, i) => (
            <Space key={f.key} wrap align="start">
              <Form.Item name={[f.name, 'content']} style={{ margin: 0 }}>
                <Input
                  data-testid={`meeting-agenda-${item}-decision-${i}-content`}
                  placeholder={t('meetings.decisionContent')}
                  maxLength={2000}
                  style={{ width: 320 }}
                />
              </Form.Item>
              <Form.Item name={[f.name, 'owner']} style={{ margin: 0 }}>
                <Input
                  data-testid={`meeting-agenda-${item}-decision-${i}-owner`}
                  placeholder={t('meetings.owner')}
                  maxLength={50}
                  style={{ width: 140 }}
                />
              </Form.Item>
              <Form.Item name={[f.name, 'dueOn']} style={{ margin: 0 }}>
                <DatePicker
                  data-testid={`meeting-agenda-${item}-decision-${i}-due`}
                  placeholder={t('meetings.dueOn')}
                />
              </Form.Item>
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('meetings.remove')}
                onClick={() => remove(f.name)}
              />
            </Space>
          ))}
          <Button
            size="small"
            data-testid={`meeting-agenda-${item}-decision-add`}
            icon={<PlusOutlined />}
            onClick={() => add({})}
          >
            {t('meetings.addDecision')}
          </Button>
        </Space>
      )}
    </Form.List>
  );
}

/** The agenda (议题) of a subdistrict meeting, each item with its decisions. */
export function MeetingAgendaFields() {
  const { t } = useTranslation();
  return (
    <Form.List name="agenda">
      {(fields, { add, remove }) => (
        <Space orientation="vertical" style={{ width: '100%' }}>
          {fields.map((f, i) => (
            <Card
              key={f.key}
              size="small"
              title={`${t('meetings.agendaItem')} ${i + 1}`}
              extra={
                fields.length > 1 && (
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('meetings.remove')}
                    onClick={() => remove(f.name)}
                  />
                )
              }
            >
              <Form.Item name={[f.name, 'title']} label={t('meetings.agendaTitle')} required>
                <Input data-testid={`meeting-agenda-${i}-title`} maxLength={200} />
              </Form.Item>
              <Form.Item name={[f.name, 'note']} label={t('meetings.agendaNote')}>
                <Input.TextArea data-testid={`meeting-agenda-${i}-note`} rows={2} maxLength={2000} />
              </Form.Item>
              <DecisionFields item={f.name} />
            </Card>
          ))}
          <Button data-testid="meeting-agenda-add" icon={<PlusOutlined />} onClick={() => add({ decisions: [] })}>
            {t('meetings.addAgenda')}
          </Button>
        </Space>
      )}
    </Form.List>
  );
}
