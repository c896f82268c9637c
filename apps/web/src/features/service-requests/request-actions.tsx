import { Button, Form, Input, Modal, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError } from '../../lib/notify.ts';
import { testId } from '../../lib/test-id.ts';
import { useProviders, useServicesWrite, type RequestListItem } from '../../lib/services-api.ts';

type Action = 'accept' | 'dispatch' | 'reject' | 'close' | 'start' | 'complete';
const NEXT: Record<string, Action[]> = {
  submitted: ['accept', 'reject'],
  accepted: ['dispatch', 'reject'],
  dispatched: ['start', 'dispatch'],
  in_progress: ['complete'],
  done: ['close'],
  rated: ['close'],
};

/** The community's buttons for one request: the transition table decides what is offered; dispatch and reject ask for details. */
export function RequestActions({
  request,
  base = '/api/services/requests',
  only,
}: {
  request: RequestListItem;
  base?: string;
  only?: Action[];
}) {
  const { t } = useTranslation();
  const act = useServicesWrite<{ action: Action; note?: string; assigneeKind?: string; assigneeId?: string }>(
    () => `${base}/${request.id}/actions`,
  );
  const providers = useProviders();
  const [asking, setAsking] = useState<Action | null>(null);
  const [form] = Form.useForm();
  const offered = (NEXT[request.status] ?? []).filter((a) => !only || only.includes(a));
  const run = (body: { action: Action; note?: string; assigneeKind?: string; assigneeId?: string }) =>
    act.mutateAsync(body).then(() => setAsking(null), notifyError);
  return (
    <Space wrap>
      {offered.map((a) => (
        <Button
          key={a}
          size="small"
          type={a === 'reject' ? 'default' : 'primary'}
          danger={a === 'reject'}
          loading={act.isPending}
          data-testid={`request-${a}`}
          onClick={() => (a === 'dispatch' || a === 'reject' ? setAsking(a) : void run({ action: a }))}
        >
          {t(`svc.${a}`)}
        </Button>
      ))}
      <Modal
        open={asking !== null}
        title={asking ? t(`svc.${asking}`) : ''}
        onCancel={() => setAsking(null)}
        destroyOnHidden
        okButtonProps={testId('request-action-ok')}
        onOk={() => form.validateFields().then((v) => run({ action: asking as Action, ...v }))}
      >
        <Form form={form} layout="vertical" preserve={false} initialValues={{ assigneeKind: 'provider' }}>
          {asking === 'dispatch' && (
            <>
              <Form.Item name="assigneeKind" label={t('svc.assigneeKind')}>
                <Select
                  options={[
                    { value: 'provider', label: t('svc.provider') },
                    { value: 'team', label: t('svc.team') },
                    { value: 'worker', label: t('svc.worker') },
                  ]}
                />
              </Form.Item>
              <Form.Item noStyle shouldUpdate>
                {() =>
                  form.getFieldValue('assigneeKind') === 'provider' ? (
                    <Form.Item name="assigneeId" label={t('svc.provider')} rules={[{ required: true }]}>
                      <Select
                        data-testid="dispatch-provider"
                        options={(providers.data ?? [])
                          .filter((p) => p.unitId === request.unitId)
                          .map((p) => ({ value: p.id, label: p.name }))}
                      />
                    </Form.Item>
                  ) : (
                    <Form.Item name="assigneeId" label={t('svc.assigneeId')} rules={[{ required: true }]}>
                      <Input />
                    </Form.Item>
                  )
                }
              </Form.Item>
            </>
          )}
          <Form.Item
            name="note"
            label={asking === 'reject' ? t('svc.reason') : t('svc.note')}
            rules={asking === 'reject' ? [{ required: true, min: 4 }] : []}
          >
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
