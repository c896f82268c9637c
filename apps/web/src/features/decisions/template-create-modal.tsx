import { Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { TEMPLATE_SCOPES } from '@jishi/shared';
import { SubdistrictField, useDefaultSubdistrict } from './subdistrict-field.tsx';
import { TemplateFormModal } from './template-form-modal.tsx';

/** 新建议事规则: a brand-new procedure template (version 1) owned by a subdistrict, with at least two stages. */
export function TemplateCreateModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const ownerUnitId = useDefaultSubdistrict();
  /** The shortest well-formed procedure: a deciding meeting, then the two publicities (决议公开, 实施结果公开). */
  const stages = (['representatives_meeting', 'resolution_notice', 'result_notice'] as const).map((body) => ({
    body,
    mergeableWithPrevious: false,
  }));
  return (
    <TemplateFormModal
      title={t('templates.newTemplate')}
      done={t('templates.createdNew')}
      onClose={onClose}
      initialValues={{ ownerUnitId, appliesTo: 'community', stages }}
    >
      <Row gutter={16}>
        <Col xs={24} md={10}>
          <SubdistrictField name="ownerUnitId" label={t('templates.owner')} testId="template-owner" />
        </Col>
        <Col xs={12} md={7}>
          <Form.Item name="code" label={t('templates.code')} required tooltip={t('templates.codeHint')}>
            <Input data-testid="template-code" maxLength={40} />
          </Form.Item>
        </Col>
        <Col xs={12} md={7}>
          <Form.Item name="appliesTo" label={t('templates.appliesTo')} required>
            <Select
              data-testid="template-applies-to"
              options={TEMPLATE_SCOPES.map((s) => ({ value: s, label: t(`templateScope.${s}`) }))}
            />
          </Form.Item>
        </Col>
      </Row>
    </TemplateFormModal>
  );
}
