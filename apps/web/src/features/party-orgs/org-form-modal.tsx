import { Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { BRANCH_CATEGORIES, partyOrgCreateBody, partyOrgUpdateBody } from '@jishi/shared';
import { applyApiErrors, compact, parseWith } from '../../lib/form-validation.ts';
import { notifySuccess } from '../../lib/notify.ts';
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
export function OrgFormModal({ mode, org, onClose }: { mode: 'create' | 'rename'; org: PartyOrg; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useCreatePartyOrg();
  const update = useUpdatePartyOrg(org.id);
  const kinds = CHILD_ORG_KINDS[org.kind];
  const kind = Form.useWatch('kind', form);
  const showCategory = mode === 'rename' ? org.kind === 'branch' || org.category !== null : kind === 'branch' || kind === 'general_branch';
  const done = () => {
    notifySuccess(t('common.saved'));
    onClose();
  };
  const onFinish = (values: Values) => {
    const onError = (err: unknown) => applyApiErrors(form, err);
    if (mode === 'rename') {
      const body = parseWith(form, partyOrgUpdateBody, compact({ name: values.name, category: values.category }));
      if (body) update.mutate(body, { onSuccess: done, onError });
      return;
    }
    const body = parseWith(form, partyOrgCreateBody, compact({ ...values, parentId: org.id }));
    if (body) create.mutate(body, { onSuccess: done, onError });
  };
  const initial: Values = mode === 'rename'
    ? { name: org.name, category: org.category ?? undefined }
    : { kind: kinds[0], territoryId: org.territoryId };
  return (
    <Modal
      open
      title={`${mode === 'rename' ? t('common.rename') : t('partyOrgs.addChild')} · ${org.name}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={create.isPending || update.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={initial} onFinish={onFinish}>
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
      </Form>
    </Modal>
  );
}
