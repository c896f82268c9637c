import { useEffect } from 'react';
import { Form, Input, Select } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { exerciseOpenBody } from '@jishi/shared';
import { FormModal } from '../../components/form-modal.tsx';
import { compact } from '../../lib/form-validation.ts';
import { notifySuccess } from '../../lib/notify.ts';
import { submitForm } from '../../lib/submit-form.ts';
import { testId } from '../../lib/test-id.ts';
import { useOpenExercise, usePowerItems, useRollout } from './integrity-api.ts';

interface Values {
  unitId?: string;
  itemCode?: string;
  title?: string;
  note?: string;
}

/** Opens an exercise of an item enabled in the community (the roll-out decides which items can be chosen). */
export function ExerciseOpenModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const rollout = useRollout();
  const items = usePowerItems();
  const open = useOpenExercise();
  const units = (rollout.data?.items ?? []).filter((u) => u.enabled > 0);
  const unitId = Form.useWatch('unitId', form);
  const enabled = new Set(units.find((u) => u.unitId === unitId)?.codes ?? []);
  const itemOptions = (items.data?.items ?? [])
    .filter((i) => enabled.has(i.code))
    .map((i) => ({ value: i.code, label: `${i.code} ${i.name}` }));
  const only = units.length === 1 ? units[0].unitId : undefined;
  useEffect(() => {
    if (only && !form.getFieldValue('unitId')) form.setFieldValue('unitId', only);
  }, [only, form]);
  const onFinish = (v: Values) =>
    submitForm(form, exerciseOpenBody, compact(v), open, (e) => {
      notifySuccess(t('exercise.opened'));
      onClose();
      void navigate(`/integrity/exercises/${e.id}`);
    });
  return (
    <FormModal
      form={form}
      open
      title={t('exercise.open')}
      onClose={onClose}
      onFinish={onFinish}
      confirmLoading={open.isPending}
      okButtonProps={testId('exercise-submit')}
      preserve={false}
    >
      <Form.Item name="unitId" label={t('exercise.unit')} required>
        <Select
          data-testid="exercise-unit"
          loading={rollout.isPending}
          onChange={() => form.setFieldValue('itemCode', undefined)}
          options={units.map((u) => ({ value: u.unitId, label: u.unitName }))}
        />
      </Form.Item>
      <Form.Item name="itemCode" label={t('exercise.item')} extra={t('exercise.itemHint')} required>
        <Select
          data-testid="exercise-item"
          showSearch={{ optionFilterProp: 'label' }}
          loading={items.isPending}
          options={itemOptions}
        />
      </Form.Item>
      <Form.Item name="title" label={t('exercise.title')} extra={t('exercise.titleHint')} required>
        <Input data-testid="exercise-title" maxLength={100} />
      </Form.Item>
      <Form.Item name="note" label={t('exercise.note')}>
        <Input.TextArea data-testid="exercise-note" rows={3} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}
