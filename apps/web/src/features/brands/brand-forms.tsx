import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { HONOUR_KINDS, brandBody, honourBody } from '@jishi/shared';
import { CreateEntityModal } from '../../components/create-entity-modal.tsx';
import { compact } from '../../lib/form-validation.ts';
import { testId } from '../../lib/test-id.ts';
import { CommunityField, DateField, TextField } from '../../components/service-form-fields.tsx';
import { useServicesWrite } from '../../lib/services-api.ts';

type Values = Record<string, unknown>;

/** 新增特色品牌: name, story and activities (one a line); photos are uploaded on the brand's card. */
export function BrandModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const create = useServicesWrite<unknown>(() => '/api/services/brands');
  const lines = (text: unknown) =>
    typeof text === 'string'
      ? text
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean)
      : [];
  return (
    <CreateEntityModal<Values, typeof brandBody>
      open
      title={t('svc.addBrand')}
      onClose={onClose}
      schema={brandBody}
      toInput={(v) => compact({ ...v, activities: lines(v.activities) })}
      mutation={create}
      okButtonProps={testId('brand-submit')}
    >
      <CommunityField testId="brand-unit" />
      <TextField name="name" label={t('svc.brand')} testId="brand-name" max={60} />
      <TextField name="story" label={t('svc.story')} testId="brand-story" area required={false} max={5000} />
      <TextField
        name="activities"
        label={t('svc.activitiesHint')}
        testId="brand-activities"
        area
        required={false}
        max={5000}
      />
    </CreateEntityModal>
  );
}

/** 新增荣誉/示范点: the title, who holds it, conferred by whom and when. */
export function HonourModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const create = useServicesWrite<unknown>(() => '/api/services/honours');
  return (
    <CreateEntityModal<Values, typeof honourBody>
      open
      title={t('svc.addHonour')}
      onClose={onClose}
      schema={honourBody}
      toInput={compact}
      mutation={create}
      okButtonProps={testId('honour-submit')}
      initialValues={{ kind: 'honour' }}
    >
      <CommunityField testId="honour-unit" />
      <TextField name="title" label={t('svc.honourTitle')} testId="honour-title" max={200} />
      <Form.Item name="kind" label={t('svc.honourKind')} required>
        <Select
          data-testid="honour-kind"
          options={HONOUR_KINDS.map((k) => ({ value: k, label: t(`honourKind.${k}`) }))}
        />
      </Form.Item>
      <TextField name="holder" label={t('svc.holder')} testId="honour-holder" max={100} />
      <TextField name="conferredBy" label={t('svc.conferredBy')} testId="honour-by" max={100} />
      <DateField name="conferredOn" label={t('svc.conferredOn')} testId="honour-on" />
    </CreateEntityModal>
  );
}
