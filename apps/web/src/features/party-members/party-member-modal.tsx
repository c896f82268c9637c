import { DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { MEMBER_STATUSES, MEMBER_TYPES, partyMemberCreateBody } from '@jishi/shared';
import { applyApiErrors, compact, parseWith } from '../../lib/form-validation.ts';
import { toIsoDate } from '../../lib/format.ts';
import { notifySuccess } from '../../lib/notify.ts';
import { BranchSelect } from './branch-select.tsx';
import { useCreatePartyMember } from './party-members-api.ts';

interface Values {
  name?: string;
  branchId?: string;
  memberType?: string;
  status?: string;
  joinDate?: Dayjs;
  workUnit?: string;
}

/** 新增党员 (partyMemberCreateBody). */
export function PartyMemberModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useCreatePartyMember();
  const onFinish = (values: Values) => {
    const body = parseWith(form, partyMemberCreateBody, compact({ ...values, joinDate: toIsoDate(values.joinDate) }));
    if (!body) return;
    create.mutate(body, {
      onSuccess: () => {
        notifySuccess(t('common.created'));
        onClose();
      },
      onError: (err) => applyApiErrors(form, err),
    });
  };
  return (
    <Modal open={open} title={t('partyMembers.add')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={create.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={onFinish} preserve={false} initialValues={{ memberType: 'formal', status: 'in_service' }}>
        <Form.Item name="name" label={t('residents.name')} required><Input data-testid="member-name" maxLength={60} /></Form.Item>
        <Form.Item name="branchId" label={t('partyMembers.branch')} required><BranchSelect width="100%" /></Form.Item>
        <Form.Item name="memberType" label={t('partyMembers.memberType')} required>
          <Select options={MEMBER_TYPES.map((v) => ({ value: v, label: t(`memberType.${v}`) }))} />
        </Form.Item>
        <Form.Item name="status" label={t('partyMembers.status')} required>
          <Select options={MEMBER_STATUSES.map((v) => ({ value: v, label: t(`memberStatus.${v}`) }))} />
        </Form.Item>
        <Form.Item name="joinDate" label={t('partyMembers.joinDate')} required><DatePicker style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="workUnit" label={t('partyMembers.workUnit')}><Input maxLength={100} /></Form.Item>
      </Form>
    </Modal>
  );
}
