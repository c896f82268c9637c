import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { BRANCH_CATEGORIES, partyOrgCreateBody, partyOrgUpdateBody } from '@jishi/shared';
import { FormModal } from '../../components/form-modal.tsx';
import { compact } from '../../lib/form-validation.ts';
import { notifySuccess } from '../../lib/notify.ts';
import { submitForm } from '../../lib/submit-form.ts';
import { UnitSelect } from '../territory/unit-select.tsx';
import { CHILD_ORG_KINDS } from './org-kinds.ts';
import { useCreatePartyOrg, useUpdatePartyOrg } from './party-org-api.ts';
import type { PartyOrg } from './party-org-api.ts';

interface Values {
  kind?: string;
  category?: string;
  name?: string;
  territoryId?: string;
}

/** Create a sub-organisation under `org`, or rename/re-categorise `org` itself. */
export function OrgFormModal({
  mode,
  org,
  onClose,
}: {
  mode: 'create' | 'rename';
  org: PartyOrg;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useCreatePartyOrg();
  const update = useUpdatePartyOrg(org.id);
  const kinds = CHILD_ORG_KINDS[org.kind];
  const kind = Form.useWatch('kind', form);
  const showCategory =
    mode === 'rename' ? org.kind === 'branch' || org.category !== null : kind === 'branch' || kind === 'general_branch';
  const done = () => {
    notifySuccess(t('common.saved'));
    onClose();
  };
  const onFinish = (values: Values) => {
    if (mode === 'rename') {
      submitForm(form, partyOrgUpdateBody, compact({ name: values.name, category: values.category }), update, done);
    } else {
      submitForm(form, partyOrgCreateBody, compact({ ...values, parentId: org.id }), create, done);
    }
  };
  const initial: Values =
    mode === 'rename'
      ? { name: org.name, category: org.category ?? undefined }
      : { kind: kinds[0], territoryId: org.territoryId };
  return (
    <FormModal
      form={form}
      open
      title={`${mode === 'rename' ? t('common.rename') : t('partyOrgs.addChild')} · ${org.name}`}
      onClose={onClose}
      onFinish={onFinish}
      confirmLoading={create.isPending || update.isPending}
      initialValues={initial}
    >
      {mode === 'create' && (
        <Form.Item name="kind" label={t('partyOrgs.kind')} required>
          <Select options={kinds.map((k) => ({ value: k, label: t(`orgKind.${k}`) }))} />
        </Form.Item>
      )}
      {showCategory && (
        <Form.Item name="category" label={t('partyOrgs.category')}>
          <Select allowClear options={BRANCH_CATEGORIES.map((c) => ({ value: c, label: t(`orgCategory.${c}`) }))} />
        </Form.Item>
      )}
      <Form.Item name="name" label={t('common.name')} required>
        <Input maxLength={60} />
      </Form.Item>
      {mode === 'create' && (
        <Form.Item name="territoryId" label={t('partyOrgs.territory')} required>
          <UnitSelect style={{ width: '100%' }} />
        </Form.Item>
      )}
    </FormModal>
  );
}
