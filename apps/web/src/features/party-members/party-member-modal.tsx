import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { MEMBER_STATUSES, MEMBER_TYPES, partyMemberCreateBody } from '@jishi/shared';
import { CreateEntityModal } from '../../components/create-entity-modal.tsx';
import { compact } from '../../lib/form-validation.ts';
import { toIsoDate } from '../../lib/format.ts';
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
  const create = useCreatePartyMember();
  return (
    <CreateEntityModal
      open={open}
      title={t('partyMembers.add')}
      onClose={onClose}
      schema={partyMemberCreateBody}
      toInput={(values: Values) => compact({ ...values, joinDate: toIsoDate(values.joinDate) })}
      mutation={create}
      initialValues={{ memberType: 'formal', status: 'in_service' }}
    >
      <Form.Item name="name" label={t('residents.name')} required>
        <Input data-testid="member-name" maxLength={60} />
      </Form.Item>
      <Form.Item name="branchId" label={t('partyMembers.branch')} required>
        <BranchSelect width="100%" />
      </Form.Item>
      <Form.Item name="memberType" label={t('partyMembers.memberType')} required>
        <Select options={MEMBER_TYPES.map((v) => ({ value: v, label: t(`memberType.${v}`) }))} />
      </Form.Item>
      <Form.Item name="status" label={t('partyMembers.status')} required>
        <Select options={MEMBER_STATUSES.map((v) => ({ value: v, label: t(`memberStatus.${v}`) }))} />
      </Form.Item>
      <Form.Item name="joinDate" label={t('partyMembers.joinDate')} required>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="workUnit" label={t('partyMembers.workUnit')}>
        <Input maxLength={100} />
      </Form.Item>
    </CreateEntityModal>
  );
}
