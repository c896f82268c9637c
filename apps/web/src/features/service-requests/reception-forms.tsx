import { Button, Form, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { receptionBody, receptionIssueToRequestBody } from '@jishi/shared';
import { CreateEntityModal } from '../../components/create-entity-modal.tsx';
import { compact } from '../../lib/form-validation.ts';
import { todayIso } from '../../lib/format.ts';
import { testId } from '../../lib/test-id.ts';
import { CommunityField, DateField, IntField, TextField } from '../../components/service-form-fields.tsx';
import { useCatalog, useServicesWrite, type ReceptionView } from '../../lib/services-api.ts';

type Values = Record<string, unknown>;

/** 记录党代表接待: who received, how many came, and each issue raised with its follow-up. */
export function ReceptionModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const create = useServicesWrite<unknown>(() => '/api/services/receptions');
  return (
    <CreateEntityModal<Values, typeof receptionBody>
      open
      title={t('svc.addReception')}
      onClose={onClose}
      schema={receptionBody}
      toInput={(v) => ({ ...compact(v), issues: ((v.issues ?? []) as Values[]).map((i) => compact(i)) })}
      mutation={create}
      okButtonProps={testId('reception-submit')}
      initialValues={{ heldOn: todayIso(), visitors: 0, issues: [{}] }}
    >
      <CommunityField testId="reception-unit" />
      <DateField name="heldOn" label={t('svc.held')} testId="reception-on" />
      <TextField name="representatives" label={t('svc.representatives')} testId="reception-reps" max={200} />
      <IntField name="visitors" label={t('svc.visitors')} testId="reception-visitors" />
      <Form.List name="issues">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f, i) => (
              <Space key={f.key} align="start" style={{ display: 'flex' }}>
                <Form.Item name={[f.name, 'issue']} label={`${t('svc.issue')} ${i + 1}`} required>
                  <Input.TextArea
                    data-testid={`reception-issue-${i}`}
                    rows={2}
                    maxLength={500}
                    style={{ width: 260 }}
                  />
                </Form.Item>
                <Form.Item name={[f.name, 'followUp']} label={t('svc.followUp')}>
                  <Input.TextArea rows={2} maxLength={500} style={{ width: 220 }} />
                </Form.Item>
                {fields.length > 1 && (
                  <Button type="link" danger onClick={() => remove(f.name)}>
                    {t('svc.remove')}
                  </Button>
                )}
              </Space>
            ))}
            <Button onClick={() => add({})} data-testid="reception-add-issue">
              {t('svc.addIssue')}
            </Button>
          </>
        )}
      </Form.List>
    </CreateEntityModal>
  );
}

/** 转为诉求: an issue raised at a reception becomes a service request of the community (channel "reception"). */
export function IssueToRequestModal({
  reception,
  issueId,
  onClose,
}: {
  reception: ReceptionView;
  issueId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const services = (useCatalog().data ?? []).filter((s) => s.unitId === reception.unitId && s.active);
  const convert = useServicesWrite<unknown>(() => `/api/services/receptions/${reception.id}/issues/${issueId}/request`);
  return (
    <CreateEntityModal<Values, typeof receptionIssueToRequestBody>
      open
      title={t('svc.toRequest')}
      onClose={onClose}
      schema={receptionIssueToRequestBody}
      toInput={compact}
      mutation={convert}
      successText={t('common.saved')}
      okButtonProps={testId('to-request-submit')}
    >
      <Form.Item name="serviceId" label={t('svc.service')} required>
        <Select data-testid="to-request-service" options={services.map((s) => ({ value: s.id, label: s.name }))} />
      </Form.Item>
      <TextField name="address" label={t('svc.address')} testId="to-request-address" max={200} />
    </CreateEntityModal>
  );
}
