import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { inServiceBranchBody, inServiceGridBody, inServicePaperBody, inServiceRecordBody } from '@jishi/shared';
import { FormModal } from '../../components/form-modal.tsx';
import { notifySuccess } from '../../lib/notify.ts';
import { submitForm } from '../../lib/submit-form.ts';
import { useRequiredSession } from '../auth/session.ts';
import { UnitSelect } from '../territory/unit-select.tsx';
import { BranchSelect } from '../party-members/branch-select.tsx';
import { CommunityField } from '../../components/community-field.tsx';
import { useItems, useWrite } from '../../lib/members-api.ts';
import { dateOf } from '../../lib/members-labels.ts';
import type { InService, ServicePost } from '../../lib/members-api.ts';

/** Staff enter an in-service member from the paper registration form (纸质报到登记表). */
export function PaperRegisterModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const session = useRequiredSession();
  const [form] = Form.useForm();
  const communityId = Form.useWatch('communityId', form) as string | undefined;
  const posts = useItems<ServicePost>('/api/in-service/posts', { communityId }, Boolean(communityId));
  const register = useWrite<unknown, InService>(() => '/api/in-service/members');
  return (
    <FormModal
      form={form}
      open={open}
      title={t('members.inService.paper')}
      onClose={onClose}
      confirmLoading={register.isPending}
      initialValues={{ communityId: session.user.scopeUnitId, registeredOn: dayjs() }}
      onFinish={(v: Record<string, unknown>) =>
        submitForm(
          form,
          inServicePaperBody,
          { ...v, phone: v.phone || undefined, registeredOn: dateOf(v.registeredOn) },
          register,
          () => {
            notifySuccess(t('members.inService.registered'));
            onClose();
          },
        )
      }
    >
      <Form.Item name="communityId" label={t('members.community')}>
        <CommunityField />
      </Form.Item>
      <Form.Item name="name" label={t('members.inService.name')} rules={[{ required: true }]}>
        <Input data-testid="paper-name" />
      </Form.Item>
      <Form.Item name="phone" label={t('members.inService.phone')}>
        <Input data-testid="paper-phone" inputMode="tel" />
      </Form.Item>
      <Form.Item name="workUnit" label={t('members.inService.workUnit')} rules={[{ required: true }]}>
        <Input data-testid="paper-work-unit" />
      </Form.Item>
      <Form.Item name="workPartyOrg" label={t('members.inService.workPartyOrg')} rules={[{ required: true }]}>
        <Input data-testid="paper-work-org" />
      </Form.Item>
      <Form.Item name="skills" label={t('members.inService.skills')}>
        <Input />
      </Form.Item>
      <Form.Item name="postId" label={t('members.inService.post')} rules={[{ required: true }]}>
        <Select
          data-testid="paper-post"
          loading={posts.isFetching}
          options={(posts.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
        />
      </Form.Item>
      <Form.Item name="registeredOn" label={t('members.inService.registeredOn')} rules={[{ required: true }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}

/** Where the community places a member: a grid (网格) or one of its Party branches (编入支部, whose secretary then follows them). */
const PLACES = {
  grid: {
    schema: inServiceGridBody,
    field: 'gridId',
    title: 'members.inService.assignGrid',
    label: 'members.inService.grid',
    hint: undefined,
  },
  branch: {
    schema: inServiceBranchBody,
    field: 'branchId',
    title: 'members.inService.assignBranch',
    label: 'members.inService.branch',
    hint: 'members.inService.branchHint',
  },
} as const;

export function PlaceModal({
  member,
  place,
  onClose,
}: {
  member: InService | null;
  place: keyof typeof PLACES;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const p = PLACES[place];
  const assign = useWrite<{ id: string; body: unknown }>(
    (b) => `/api/in-service/members/${b.id}/${place}`,
    'POST',
    (b) => b.body,
  );
  return (
    <FormModal
      form={form}
      open={Boolean(member)}
      title={`${t(p.title)} · ${member?.name ?? ''}`}
      onClose={onClose}
      confirmLoading={assign.isPending}
      initialValues={{ [p.field]: member?.[p.field] ?? undefined }}
      onFinish={(v) =>
        submitForm(
          form,
          p.schema,
          v,
          {
            mutate: (body, o) => {
              if (member) assign.mutate({ id: member.id, body }, o);
            },
          },
          () => {
            notifySuccess(t('members.saved'));
            onClose();
          },
        )
      }
    >
      <Form.Item name={p.field} label={t(p.label)} extra={p.hint && t(p.hint)} rules={[{ required: true }]}>
        {place === 'grid' ? (
          <UnitSelect kinds={['grid']} style={{ width: '100%' }} data-testid="grid-select" />
        ) : (
          <BranchSelect width="100%" />
        )}
      </Form.Item>
    </FormModal>
  );
}

/** One piece of service an in-service member did for the community (服务记录). */
export function ServiceRecordModal({ member, onClose }: { member: InService | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const add = useWrite<{ id: string; body: unknown }>(
    (b) => `/api/in-service/members/${b.id}/records`,
    'POST',
    (b) => b.body,
  );
  return (
    <FormModal
      form={form}
      open={Boolean(member)}
      title={`${t('members.inService.addRecord')} · ${member?.name ?? ''}`}
      onClose={onClose}
      confirmLoading={add.isPending}
      initialValues={{ servedOn: dayjs(), minutes: 60 }}
      onFinish={(v: Record<string, unknown>) =>
        submitForm(
          form,
          inServiceRecordBody,
          { ...v, servedOn: dateOf(v.servedOn) },
          {
            mutate: (body, o) => {
              if (member) add.mutate({ id: member.id, body }, o);
            },
          },
          () => {
            notifySuccess(t('members.saved'));
            onClose();
          },
        )
      }
    >
      <Form.Item name="servedOn" label={t('members.inService.servedOn')} rules={[{ required: true }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="minutes" label={t('members.inService.recordMinutes')} rules={[{ required: true }]}>
        <InputNumber min={1} max={1440} />
      </Form.Item>
      <Form.Item name="description" label={t('members.inService.recordDescription')} rules={[{ required: true }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormModal>
  );
}
