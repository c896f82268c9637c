import { useEffect } from 'react';
import { Checkbox, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { matterCreateBody } from '@jishi/shared';
import { FormModal } from '../../components/form-modal.tsx';
import { compact } from '../../lib/form-validation.ts';
import { toIsoDate } from '../../lib/format.ts';
import { notifySuccess } from '../../lib/notify.ts';
import { submitForm } from '../../lib/submit-form.ts';
import { testId } from '../../lib/test-id.ts';
import { useCan, useRequiredSession } from '../auth/session.ts';
import { useUnits } from '../territory/territory-api.ts';
import { UnitSelect } from '../territory/unit-select.tsx';
import { useOpenMatter } from './decisions-api.ts';
import type { MatterView } from './decisions-api.ts';
import { MatterSourceFields } from './matter-source-fields.tsx';
import { useTemplates } from './templates-api.ts';

export interface OpenValues {
  unitId?: string;
  templateId?: string;
  title?: string;
  description?: string;
  source?: 'proposal' | 'party_org' | 'assigned';
  proposalIds?: string[];
  partyOrgId?: string;
  sourceNote?: string;
  oneShoulder?: boolean;
  openedOn?: Dayjs | null;
}

/** 新建议题: in a community's or village's hall, from proposals, a Party organisation, or assigned; then to its page. */
export function MatterOpenModal({ initial, onClose }: { initial?: OpenValues; onClose: () => void }) {
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const session = useRequiredSession();
  const [form] = Form.useForm<OpenValues>();
  const mutation = useOpenMatter();
  const unitId = Form.useWatch('unitId', form);
  const source = Form.useWatch('source', form);
  const units = useUnits(undefined, can('territory:read'));
  const templates = useTemplates();
  const kind = units.data?.items.find((u) => u.id === unitId)?.kind;
  const options = (templates.data?.items ?? [])
    .filter((tpl) => tpl.status === 'active' && (!kind || tpl.appliesTo === kind))
    .map((tpl) => ({ value: tpl.id, label: `${tpl.name} v${tpl.version}` }));
  const onlyTemplate = options.length === 1 ? options[0].value : undefined;
  useEffect(() => {
    if (onlyTemplate && !form.getFieldValue('templateId')) form.setFieldValue('templateId', onlyTemplate);
  }, [form, onlyTemplate]);
  const onFinish = (values: OpenValues) => {
    const input = compact({
      ...values,
      openedOn: toIsoDate(values.openedOn),
      proposalIds: values.source === 'proposal' ? values.proposalIds : undefined,
    });
    submitForm(form, matterCreateBody, input, mutation, (m: MatterView) => {
      notifySuccess(t('hall.opened'));
      onClose();
      void navigate(`/hall/matters/${m.id}`);
    });
  };
  return (
    <FormModal<OpenValues>
      form={form}
      open
      title={t('hall.openMatter')}
      onClose={onClose}
      onFinish={onFinish}
      confirmLoading={mutation.isPending}
      okButtonProps={testId('matter-submit')}
      initialValues={{
        unitId: session.user.scopeUnitId,
        source: 'assigned',
        oneShoulder: false,
        openedOn: dayjs(),
        ...initial,
      }}
      preserve={false}
    >
      <Form.Item name="unitId" label={t('hall.community')} required>
        {can('territory:read') ? (
          <UnitSelect data-testid="matter-unit" kinds={['community', 'village']} style={{ width: '100%' }} />
        ) : (
          <Input disabled />
        )}
      </Form.Item>
      <Form.Item name="templateId" label={t('hall.template')} required>
        <Select data-testid="matter-template" loading={templates.isPending} options={options} />
      </Form.Item>
      <Form.Item name="title" label={t('hall.matterTitle')} required>
        <Input data-testid="matter-title" maxLength={100} />
      </Form.Item>
      <Form.Item name="description" label={t('hall.description')}>
        <Input.TextArea data-testid="matter-description" rows={3} maxLength={5000} />
      </Form.Item>
      <MatterSourceFields unitId={unitId} source={source} />
      <Form.Item name="oneShoulder" valuePropName="checked">
        <Checkbox data-testid="matter-one-shoulder">{t('hall.oneShoulder')}</Checkbox>
      </Form.Item>
      <Form.Item name="openedOn" label={t('hall.openedOn')}>
        <DatePicker data-testid="matter-opened-on" disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
      </Form.Item>
    </FormModal>
  );
}
