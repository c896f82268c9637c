import { Form, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FUND_KINDS, allocationBody, budgetApprovalBody, expenditureBody } from '@jishi/shared';
import { CreateEntityModal } from '../../components/create-entity-modal.tsx';
import { compact } from '../../lib/form-validation.ts';
import { todayIso } from '../../lib/format.ts';
import { testId } from '../../lib/test-id.ts';
import { CommunityField, DateField, TextField, YuanField, fenOf } from '../../components/service-form-fields.tsx';
import { useProjects, useServicesWrite, yuan, type AllocationView } from '../../lib/services-api.ts';

type Values = Record<string, unknown>;

/** 新增拨款: an allocation of a year and fund kind to a community, amount typed in yuan and sent as fen. */
export function AllocationModal({ year, onClose }: { year: number; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useServicesWrite<unknown>(() => '/api/funds/allocations');
  return (
    <CreateEntityModal<Values, typeof allocationBody>
      open
      title={t('svc.addAllocation')}
      onClose={onClose}
      schema={allocationBody}
      toInput={(v) => compact({ ...v, amountFen: fenOf(v.amountFen) })}
      mutation={create}
      okButtonProps={testId('allocation-submit')}
      initialValues={{
        year,
        kind: 'community_construction',
        allocatedOn: todayIso().startsWith(String(year)) ? todayIso() : `${year}-01-01`,
      }}
    >
      <CommunityField name="recipientUnitId" testId="allocation-unit" />
      <Form.Item name="year" label={t('svc.year')} required>
        <InputNumber data-testid="allocation-year" min={2000} max={2100} precision={0} />
      </Form.Item>
      <Form.Item name="kind" label={t('svc.kind')} required>
        <Select
          data-testid="allocation-kind"
          options={FUND_KINDS.map((k) => ({ value: k, label: t(`fundKind.${k}`) }))}
        />
      </Form.Item>
      <TextField name="purpose" label={t('svc.purpose')} testId="allocation-purpose" max={200} />
      <YuanField name="amountFen" label={t('svc.allocated')} testId="allocation-amount" />
      <DateField name="allocatedOn" label={t('svc.allocatedOn')} testId="allocation-on" />
    </CreateEntityModal>
  );
}

/** 登记支出: spending against one allocation; beyond allocation + approved extra the server answers 409 OVER_BUDGET. */
export function ExpenditureModal({ allocation, onClose }: { allocation: AllocationView; onClose: () => void }) {
  const { t } = useTranslation();
  const projects = useProjects();
  const record = useServicesWrite<unknown>(() => `/api/funds/allocations/${allocation.id}/expenditures`);
  return (
    <CreateEntityModal<Values, typeof expenditureBody>
      open
      title={`${t('svc.addExpenditure')} · ${allocation.purpose}（${t('svc.remaining')} ${yuan(allocation.remainingFen)}）`}
      onClose={onClose}
      schema={expenditureBody}
      toInput={(v) => compact({ ...v, amountFen: fenOf(v.amountFen) })}
      mutation={record}
      successText={t('common.saved')}
      okButtonProps={testId('expenditure-submit')}
      initialValues={{ spentOn: todayIso() }}
    >
      <YuanField name="amountFen" label={t('svc.amount')} testId="expenditure-amount" />
      <DateField name="spentOn" label={t('svc.spentOn')} testId="expenditure-on" />
      <TextField name="purpose" label={t('svc.purpose')} testId="expenditure-purpose" max={200} />
      <Form.Item name="projectId" label={t('svc.project')}>
        <Select
          allowClear
          data-testid="expenditure-project"
          options={(projects.data ?? [])
            .filter((p) => p.unitId === allocation.recipientUnitId)
            .map((p) => ({ value: p.id, label: p.name }))}
        />
      </Form.Item>
    </CreateEntityModal>
  );
}

/** 超预算审批: a subdistrict leader raises what may be spent, with a reason (audited). */
export function ApprovalModal({ allocation, onClose }: { allocation: AllocationView; onClose: () => void }) {
  const { t } = useTranslation();
  const approve = useServicesWrite<unknown>(() => `/api/funds/allocations/${allocation.id}/approvals`);
  return (
    <CreateEntityModal<Values, typeof budgetApprovalBody>
      open
      title={`${t('svc.approveExtra')} · ${allocation.purpose}`}
      onClose={onClose}
      schema={budgetApprovalBody}
      toInput={(v) => compact({ ...v, extraFen: fenOf(v.extraFen) })}
      mutation={approve}
      successText={t('common.saved')}
      okButtonProps={testId('approval-submit')}
    >
      <YuanField name="extraFen" label={t('svc.extra')} testId="approval-extra" />
      <TextField name="reason" label={t('svc.reason')} testId="approval-reason" area max={200} />
    </CreateEntityModal>
  );
}
