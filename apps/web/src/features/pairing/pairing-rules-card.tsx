import { useState } from 'react';
import { Button, Card, InputNumber, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { pairingRulesBody } from '@jishi/shared';
import { notifyError, notifySuccess } from '../../lib/notify.ts';
import { useCan } from '../auth/session.ts';
import { useGet, useWrite } from '../../lib/members-api.ts';
import type { PairingRule } from '../../lib/members-api.ts';

type Edits = Record<string, Partial<Pick<PairingRule, 'minTargets' | 'contactDays'>>>;

/** The "3+2+1" rules: how many targets each helper role must have and how often a contact is due; the subdistrict admin changes them. */
export function PairingRulesCard() {
  const { t } = useTranslation();
  const can = useCan();
  const editable = can('pairing:rules');
  const rules = useGet<{ items: PairingRule[] }>('/api/pairing/rules');
  const save = useWrite<unknown, { items: PairingRule[] }>(() => '/api/pairing/rules', 'PUT');
  const [edits, setEdits] = useState<Edits>({});
  const rows = (rules.data?.items ?? []).map((r) => ({ ...r, ...edits[r.helperRole] }));
  const edit = (role: string, field: 'minTargets' | 'contactDays', value: number | null) =>
    setEdits({ ...edits, [role]: { ...edits[role], [field]: value ?? undefined } });
  // An emptied field leaves the body invalid: saving waits until every rule has both numbers.
  const parsed = pairingRulesBody.safeParse({
    rules: rows.map(({ helperRole, minTargets, contactDays }) => ({ helperRole, minTargets, contactDays })),
  });
  const submit = () => {
    if (parsed.success)
      save.mutate(parsed.data, {
        onSuccess: () => {
          setEdits({});
          notifySuccess(t('members.saved'));
        },
        onError: notifyError,
      });
  };
  return (
    <Card
      title={t('members.rules.title')}
      data-testid="pairing-rules"
      extra={
        editable && (
          <Button
            size="small"
            type="primary"
            disabled={Object.keys(edits).length === 0 || !parsed.success}
            loading={save.isPending}
            onClick={submit}
            data-testid="rules-save"
          >
            {t('members.rules.save')}
          </Button>
        )
      }
    >
      <Table
        rowKey="helperRole"
        size="small"
        pagination={false}
        loading={rules.isPending}
        dataSource={rows}
        columns={[
          {
            title: t('members.pairing.role'),
            dataIndex: 'helperRole',
            render: (r: string) => t(`members.helperRole.${r}`),
          },
          {
            title: t('members.rules.minTargets'),
            dataIndex: 'minTargets',
            render: (n: number, r) =>
              editable ? (
                <InputNumber
                  size="small"
                  min={0}
                  max={50}
                  value={n}
                  onChange={(v) => edit(r.helperRole, 'minTargets', v)}
                  data-testid={`rule-min-${r.helperRole}`}
                />
              ) : (
                n
              ),
          },
          {
            title: t('members.rules.contactDays'),
            dataIndex: 'contactDays',
            render: (n: number, r) =>
              editable ? (
                <InputNumber
                  size="small"
                  min={1}
                  max={366}
                  value={n}
                  onChange={(v) => edit(r.helperRole, 'contactDays', v)}
                  data-testid={`rule-days-${r.helperRole}`}
                />
              ) : (
                n
              ),
          },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {t('members.rules.hint')}
      </Typography.Paragraph>
    </Card>
  );
}
