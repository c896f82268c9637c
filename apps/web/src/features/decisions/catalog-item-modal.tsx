import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { CATALOG_KINDS, catalogCreateBody } from '@jishi/shared';
import { CreateEntityModal } from '../../components/create-entity-modal.tsx';
import { compact } from '../../lib/form-validation.ts';
import { testId } from '../../lib/test-id.ts';
import { useCreateCatalogItem } from './meetings-api.ts';
import type { CatalogCreate } from './meetings-api.ts';
import { SubdistrictField, useDefaultSubdistrict } from './subdistrict-field.tsx';

type Values = Partial<CatalogCreate>;

/** 新增会议类型/监督角色: an entry of a subdistrict's meeting catalog (三会、三议、三监督). */
export function CatalogItemModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const mutation = useCreateCatalogItem();
  const unitId = useDefaultSubdistrict();
  return (
    <CreateEntityModal<Values, typeof catalogCreateBody>
      open
      title={t('meetings.addCatalog')}
      onClose={onClose}
      schema={catalogCreateBody}
      toInput={(v) => compact(v)}
      mutation={mutation}
      okButtonProps={testId('catalog-submit')}
      initialValues={{ unitId, kind: 'meeting_type' }}
    >
      <SubdistrictField name="unitId" label={t('meetings.unit')} testId="catalog-unit" />
      <Form.Item name="kind" label={t('common.kind')} required>
        <Select
          data-testid="catalog-kind"
          options={CATALOG_KINDS.map((k) => ({ value: k, label: t(`catalogKind.${k}`) }))}
        />
      </Form.Item>
      <Form.Item name="name" label={t('common.name')} required>
        <Input data-testid="catalog-name" maxLength={50} />
      </Form.Item>
    </CreateEntityModal>
  );
}
