import { Button, Checkbox, Form, Input, InputNumber, Select, Space } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { STAGE_BODIES } from '@jishi/shared';

const OPS = [
  { value: 'gte', label: '≥' },
  { value: 'gt', label: '>' },
];

/** A share as num/den with its operator (and for pass rules, its base). */
function RatioFields({ name, base }: { name: (string | number)[]; base?: boolean }) {
  const { t } = useTranslation();
  const id = `template-stage-${name.join('-')}`;
  return (
    <Space.Compact>
      <Form.Item name={[...name, 'op']} noStyle>
        <Select data-testid={`${id}-op`} options={OPS} style={{ width: 60 }} allowClear />
      </Form.Item>
      <Form.Item name={[...name, 'num']} noStyle>
        <InputNumber
          data-testid={`${id}-num`}
          min={1}
          max={100}
          placeholder={t('templates.num')}
          style={{ width: 70 }}
        />
      </Form.Item>
      <Form.Item name={[...name, 'den']} noStyle>
        <InputNumber
          data-testid={`${id}-den`}
          min={1}
          max={100}
          placeholder={t('templates.den')}
          style={{ width: 70 }}
        />
      </Form.Item>
      {base && (
        <Form.Item name={[...name, 'base']} noStyle>
          <Select
            data-testid={`${id}-base`}
            style={{ width: 110 }}
            options={[
              { value: 'due', label: t('rule.due') },
              { value: 'present', label: t('rule.present') },
            ]}
          />
        </Form.Item>
      )}
    </Space.Compact>
  );
}

/** The ordered stages of a template version: body, name, quorum and pass rules, notice days, mergeable. */
export function TemplateStageFields() {
  const { t } = useTranslation();
  return (
    <Form.List name="stages">
      {(fields, { add, remove }) => (
        <Space orientation="vertical" style={{ width: '100%' }}>
          {fields.map((f, i) => (
            <Space key={f.key} wrap align="start" style={{ borderBottom: '1px dashed #ddd', paddingBottom: 8 }}>
              <span style={{ width: 20, display: 'inline-block' }}>{i + 1}.</span>
              <Form.Item name={[f.name, 'name']} noStyle>
                <Input
                  data-testid={`template-stage-${i}-name`}
                  placeholder={t('templates.stageName')}
                  style={{ width: 160 }}
                />
              </Form.Item>
              <Form.Item name={[f.name, 'code']} noStyle>
                <Input
                  data-testid={`template-stage-${i}-code`}
                  placeholder={t('templates.code')}
                  style={{ width: 140 }}
                />
              </Form.Item>
              <Form.Item name={[f.name, 'body']} noStyle>
                <Select
                  data-testid={`template-stage-${i}-body`}
                  placeholder={t('templates.body')}
                  style={{ width: 170 }}
                  options={STAGE_BODIES.map((b) => ({ value: b, label: t(`stageBody.${b}`) }))}
                />
              </Form.Item>
              <span>{t('templates.quorum')}</span>
              <RatioFields name={[f.name, 'quorum']} />
              <span>{t('templates.pass')}</span>
              <RatioFields name={[f.name, 'pass']} base />
              <Form.Item name={[f.name, 'noticeDays']} noStyle>
                <InputNumber
                  data-testid={`template-stage-${i}-notice-days`}
                  min={1}
                  max={90}
                  placeholder={t('templates.noticeDays')}
                  style={{ width: 100 }}
                />
              </Form.Item>
              <Form.Item name={[f.name, 'mergeableWithPrevious']} valuePropName="checked" noStyle>
                <Checkbox>{t('templates.mergeable')}</Checkbox>
              </Form.Item>
              <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(f.name)} />
            </Space>
          ))}
          <Button
            data-testid="template-stage-add"
            icon={<PlusOutlined />}
            onClick={() => add({ mergeableWithPrevious: false })}
          >
            {t('templates.addStage')}
          </Button>
        </Space>
      )}
    </Form.List>
  );
}
