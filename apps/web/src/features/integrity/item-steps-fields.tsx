import { Button, Form, Input, InputNumber, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/** The procedure steps of an item version: name, actor post, output document, limit in days from the previous step. */
export function ItemStepsFields() {
  const { t } = useTranslation();
  return (
    <Form.List name="steps">
      {(fields, { add, remove }) => (
        <Form.Item label={t('itemForm.steps')} required>
          <Space orientation="vertical" style={{ width: '100%' }}>
            {fields.map((f, i) => (
              <Space key={f.key} align="baseline" wrap data-testid={`item-step-${i + 1}`}>
                <span style={{ width: 20 }}>{i + 1}.</span>
                <Form.Item name={[f.name, 'name']} noStyle>
                  <Input placeholder={t('itemForm.stepName')} maxLength={60} style={{ width: 150 }} />
                </Form.Item>
                <Form.Item name={[f.name, 'actorPost']} noStyle>
                  <Input placeholder={t('itemForm.stepActor')} maxLength={60} style={{ width: 130 }} />
                </Form.Item>
                <Form.Item name={[f.name, 'output']} noStyle>
                  <Input placeholder={t('itemForm.stepOutput')} maxLength={100} style={{ width: 150 }} />
                </Form.Item>
                <Form.Item name={[f.name, 'timeLimitDays']} noStyle>
                  <InputNumber min={0} max={365} placeholder={t('itemForm.stepLimit')} style={{ width: 110 }} />
                </Form.Item>
                {fields.length > 1 && <MinusCircleOutlined onClick={() => remove(f.name)} />}
              </Space>
            ))}
            {fields.length < 20 && (
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ timeLimitDays: 3 })}>
                {t('itemForm.addStep')}
              </Button>
            )}
          </Space>
        </Form.Item>
      )}
    </Form.List>
  );
}
