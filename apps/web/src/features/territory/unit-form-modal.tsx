import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { GRID_KINDS, unitCreateBody, unitUpdateBody } from '@jishi/shared';
import { FormModal } from '../../components/form-modal.tsx';
import { compact } from '../../lib/form-validation.ts';
import { notifySuccess } from '../../lib/notify.ts';
import { submitForm } from '../../lib/submit-form.ts';
import { CHILD_KINDS } from './unit-children.ts';
import { useCreateUnit, useUpdateUnit } from './territory-api.ts';
import type { UnitView } from './territory-api.ts';

interface Props {
  mode: 'create' | 'rename';
  unit: UnitView;
  onClose: () => void;
}

interface Values {
  kind?: string;
  gridKind?: string;
  name?: string;
  code?: string;
}

/** "新增下级" (child of `unit`) or "重命名" (`unit` itself). */
export function UnitFormModal({ mode, unit, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useCreateUnit();
  const update = useUpdateUnit(unit.id);
  const kinds = CHILD_KINDS[unit.kind];
  const kind = Form.useWatch('kind', form);
  const done = () => {
    notifySuccess(t('common.saved'));
    onClose();
  };
  const onFinish = (values: Values) => {
    if (mode === 'rename') {
      submitForm(form, unitUpdateBody, { name: values.name, code: values.code?.trim() || null }, update, done);
    } else {
      submitForm(form, unitCreateBody, compact({ ...values, parentId: unit.id }), create, done);
    }
  };
  const initial: Values =
    mode === 'rename'
      ? { name: unit.name, code: unit.code ?? undefined }
      : { kind: kinds[0], gridKind: kinds[0] === 'grid' ? 'regular' : undefined };
  return (
    <FormModal
      form={form}
      open
      title={
        mode === 'rename' ? `${t('territory.renameUnit')} · ${unit.name}` : `${t('territory.addChild')} · ${unit.name}`
      }
      onClose={onClose}
      onFinish={onFinish}
      confirmLoading={create.isPending || update.isPending}
      initialValues={initial}
    >
      {mode === 'create' && (
        <Form.Item name="kind" label={t('common.kind')} required>
          <Select options={kinds.map((k) => ({ value: k, label: t(`unitKind.${k}`) }))} />
        </Form.Item>
      )}
      {mode === 'create' && kind === 'grid' && (
        <Form.Item name="gridKind" label={t('territory.gridKind')}>
          <Select options={GRID_KINDS.map((k) => ({ value: k, label: t(`gridKind.${k}`) }))} />
        </Form.Item>
      )}
      <Form.Item name="name" label={t('common.name')} required>
        <Input maxLength={60} data-testid="unit-name" />
      </Form.Item>
      <Form.Item name="code" label={t('common.code')} extra={t('territory.codeHint')}>
        <Input maxLength={12} inputMode="numeric" />
      </Form.Item>
    </FormModal>
  );
}
