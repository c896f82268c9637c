import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { templateCreateBody } from '@jishi/shared';
import { notifySuccess } from '../../lib/notify.ts';
import { submitForm } from '../../lib/submit-form.ts';
import { testId } from '../../lib/test-id.ts';
import { useCreateTemplate } from './templates-api.ts';
import type { Template } from './templates-api.ts';
import { TemplateStageFields } from './template-stage-fields.tsx';
import { useFormError } from './use-form-error.ts';

type Ratio = { num?: number | null; den?: number | null; op?: string | null; base?: string | null } | null | undefined;
interface StageValues { code?: string; name?: string; body?: string; quorum?: Ratio; pass?: Ratio; noticeDays?: number | null; mergeableWithPrevious?: boolean }
interface Values { name?: string; stages?: StageValues[] }

/** A share counts only when all its parts are given; otherwise the stage has none. */
const ratio = (r: Ratio, withBase: boolean) => (r?.num && r.den && r.op && (!withBase || r.base) ? { num: r.num, den: r.den, op: r.op, ...(withBase ? { base: r.base } : {}) } : null);

/** 新建版本: a copy of the template's stages to edit; the server retires the previous version. */
export function TemplateVersionModal({ template, onClose }: { template: Template; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const mutation = useCreateTemplate();
  const { error, track } = useFormError(form);
  const onFinish = (v: Values) => {
    const input = {
      ownerUnitId: template.ownerUnitId, code: template.code, name: v.name?.trim(), appliesTo: template.appliesTo,
      stages: (v.stages ?? []).map((s) => ({
        code: s.code?.trim(), name: s.name?.trim(), body: s.body, quorum: ratio(s.quorum, false), pass: ratio(s.pass, true),
        noticeDays: s.noticeDays ?? null, mergeableWithPrevious: Boolean(s.mergeableWithPrevious),
      })),
    };
    submitForm(form, templateCreateBody, input, track(mutation), () => {
      notifySuccess(t('templates.created'));
      onClose();
    });
  };
  return (
    <Modal open width={1200} title={`${t('templates.newVersion')} · ${template.name}`} onCancel={onClose} onOk={() => form.submit()}
      confirmLoading={mutation.isPending} okButtonProps={testId('template-submit')} destroyOnHidden>
      <Form<Values> form={form} layout="vertical" onFinish={onFinish} preserve={false}
        initialValues={{ name: template.name, stages: template.stages.map((s) => ({ ...s })) }}>
        <Form.Item name="name" label={t('common.name')} required><Input data-testid="template-name" maxLength={50} /></Form.Item>
        <Typography.Title level={5}>{t('templates.stages')}</Typography.Title>
        <TemplateStageFields />
        {error && <Alert type="error" showIcon title={error.text} style={{ marginTop: 16 }} />}
      </Form>
    </Modal>
  );
}
