import { Checkbox, Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { POWER_CATEGORIES, powerItemCreateBody } from '@jishi/shared';
import { FormModal } from '../../components/form-modal.tsx';
import { toIsoDate } from '../../lib/format.ts';
import { notifySuccess } from '../../lib/notify.ts';
import { submitForm } from '../../lib/submit-form.ts';
import { testId } from '../../lib/test-id.ts';
import { useRequiredSession } from '../auth/session.ts';
import { useCreateItemVersion } from './integrity-api.ts';
import type { PowerItemView } from './integrity-api.ts';
import { ItemStepsFields } from './item-steps-fields.tsx';

type Step = { name?: string; actorPost?: string; output?: string; timeLimitDays?: number };
interface Values {
  code?: string;
  name?: string;
  category?: PowerItemView['category'];
  policyBasis?: string;
  subject?: string;
  post?: string;
  steps?: Step[];
  timeLimitDays?: number;
  disclose: boolean;
  disclosure?: { what?: string; where?: string; withinDays?: number };
  supervisionBody?: string;
  riskPoints?: string;
  accountability?: string;
  incompatible?: string;
  effectiveFrom?: Dayjs;
}

const pairs = (text: string | undefined) =>
  (text ?? '')
    .split(/[,，;；\s]+/)
    .filter(Boolean)
    .map((p) => p.split(/[-－~]/).map(Number));

const later = (a: Dayjs, b: Dayjs) => (a.isAfter(b) ? a : b);

function initial(b: PowerItemView | null): Values {
  if (!b)
    return {
      disclose: false,
      steps: [{ timeLimitDays: 3 }],
      supervisionBody: '街道纪检监察室',
      effectiveFrom: dayjs().add(1, 'day'),
    };
  return {
    ...b,
    steps: b.steps,
    disclose: b.disclosure !== null,
    disclosure: b.disclosure ?? undefined,
    riskPoints: b.riskPoints.join('\n'),
    incompatible: b.incompatible.map(([x, y]) => `${x}-${y}`).join(', '),
    effectiveFrom: later(dayjs(b.effectiveFrom).add(1, 'day'), dayjs().add(1, 'day')),
  };
}

/** 新增版本 / 新增事项 (subdistrict admin): versions are immutable, so a change is a new version with a later effective date. */
export function ItemVersionModal({ base, onClose }: { base: PowerItemView | null; onClose: () => void }) {
  const { t } = useTranslation();
  const session = useRequiredSession();
  const [form] = Form.useForm<Values>();
  const create = useCreateItemVersion();
  const disclose = Form.useWatch('disclose', form);
  const onFinish = (v: Values) =>
    submitForm(
      form,
      powerItemCreateBody,
      {
        ownerUnitId: base?.ownerUnitId ?? session.user.scopeUnitId,
        code: v.code?.trim(),
        name: v.name,
        category: v.category,
        policyBasis: v.policyBasis,
        subject: v.subject,
        post: v.post,
        steps: v.steps ?? [],
        timeLimitDays: v.timeLimitDays,
        disclosure: v.disclose ? { ...v.disclosure } : null,
        supervisionBody: v.supervisionBody,
        riskPoints: (v.riskPoints ?? '')
          .split('\n')
          .map((s) => s.trim())
          .filter(Boolean),
        accountability: v.accountability,
        incompatible: pairs(v.incompatible),
        effectiveFrom: toIsoDate(v.effectiveFrom),
        demo: base?.demo ?? false,
      },
      create,
      (r) => {
        notifySuccess(t('powerList.created', { version: r.version }));
        onClose();
      },
    );
  const text = (name: keyof Values, label: string, max: number, extra?: string) => (
    <Form.Item name={name} label={t(label)} extra={extra} required>
      <Input maxLength={max} data-testid={`item-${name}`} />
    </Form.Item>
  );
  return (
    <FormModal
      form={form}
      open
      title={base ? `${t('powerList.newVersion')} · ${base.code} ${base.name}` : t('powerList.newItem')}
      onClose={onClose}
      onFinish={onFinish}
      confirmLoading={create.isPending}
      okButtonProps={testId('item-submit')}
      width={900}
      initialValues={initial(base)}
      preserve={false}
    >
      <Row gutter={12}>
        <Col xs={24} md={6}>
          <Form.Item name="code" label={t('itemForm.code')} extra={t('itemForm.codeHint')} required>
            <Input maxLength={20} disabled={Boolean(base)} data-testid="item-code" />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          {text('name', 'itemForm.name', 100)}
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="category" label={t('itemForm.category')} required>
            <Select
              data-testid="item-category"
              options={POWER_CATEGORIES.map((c) => ({ value: c, label: t(`powerCategory.${c}`) }))}
            />
          </Form.Item>
        </Col>
      </Row>
      {text('policyBasis', 'itemForm.basis', 500)}
      <Row gutter={12}>
        <Col xs={24} md={8}>
          {text('subject', 'itemForm.subject', 100)}
        </Col>
        <Col xs={24} md={8}>
          {text('post', 'itemForm.post', 100)}
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="timeLimitDays" label={t('itemForm.timeLimit')} required>
            <InputNumber min={1} max={365} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <ItemStepsFields />
      <Form.Item name="disclose" valuePropName="checked">
        <Checkbox>{t('itemForm.disclosure')}</Checkbox>
      </Form.Item>
      {disclose && (
        <Row gutter={12}>
          <Col xs={24} md={10}>
            <Form.Item name={['disclosure', 'what']} label={t('itemForm.disclosureWhat')} required>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name={['disclosure', 'where']} label={t('itemForm.disclosureWhere')} required>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name={['disclosure', 'withinDays']} label={t('itemForm.disclosureDays')} required>
              <InputNumber min={0} max={90} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      )}
      <Row gutter={12}>
        <Col xs={24} md={8}>
          {text('supervisionBody', 'itemForm.supervision', 100)}
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="incompatible" label={t('itemForm.incompatible')} extra={t('itemForm.incompatibleHint')}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="effectiveFrom"
            label={t('itemForm.effectiveFrom')}
            extra={t('itemForm.effectiveHint')}
            required
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="riskPoints" label={t('itemForm.riskPoints')}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item name="accountability" label={t('itemForm.accountability')} required>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
