import { DatePicker, Form } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { mergeBody } from '@jishi/shared';
import { FormModal } from '../../components/form-modal.tsx';
import { toIsoDate } from '../../lib/format.ts';
import { notifySuccess } from '../../lib/notify.ts';
import { submitForm } from '../../lib/submit-form.ts';
import { useMergeUnit } from './territory-api.ts';
import type { UnitView } from './territory-api.ts';
import { UnitSelect } from './unit-select.tsx';

interface Values {
  targetId?: string;
  effectiveDate?: Dayjs;
}

/** Merges a community/village into another; its grids move with history kept. */
export function MergeModal({ unit, onClose }: { unit: UnitView; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const merge = useMergeUnit(unit.id);
  const onFinish = (values: Values) =>
    submitForm(
      form,
      mergeBody,
      { targetId: values.targetId, effectiveDate: toIsoDate(values.effectiveDate) },
      merge,
      () => {
        notifySuccess(t('common.saved'));
        onClose();
      },
    );
  return (
    <FormModal
      form={form}
      open
      title={`${t('territory.merge')} · ${unit.name}`}
      onClose={onClose}
      onFinish={onFinish}
      okButtonProps={{ danger: true }}
      confirmLoading={merge.isPending}
      initialValues={{ effectiveDate: dayjs() }}
    >
      <Form.Item name="targetId" label={t('territory.mergeTarget')} required>
        <UnitSelect kinds={['community', 'village']} exclude={unit.id} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="effectiveDate" label={t('territory.effectiveDate')} required>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
