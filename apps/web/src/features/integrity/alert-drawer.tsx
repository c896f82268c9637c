import { useState } from 'react';
import { Button, Descriptions, Drawer, Space, Timeline, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCan } from '../auth/session.ts';
import { formatDateTime } from '../../lib/format.ts';
import { errorText, notifySuccess } from '../../lib/notify.ts';
import { HandlingModal } from './handling-modal.tsx';
import type { Finding } from './handling-modal.tsx';
import { AlertStatusTag } from './integrity-tags.tsx';
import { useAlert, useAlertAction } from './supervision-api.ts';

type Action = 'acknowledge' | 'note' | 'close';

/** One alert with its evidence and handling record; the inspector acknowledges, investigates (notes) and closes it with a finding. */
export function AlertDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const can = useCan();
  const alert = useAlert(id);
  const act = useAlertAction(id);
  const [action, setAction] = useState<Action | null>(null);
  const [error, setError] = useState<string | null>(null);
  const a = alert.data;
  const allowed: Action[] =
    !a || !can('alert:handle')
      ? []
      : a.status === 'open'
        ? ['acknowledge']
        : a.status === 'closed'
          ? []
          : ['note', 'close'];
  const submit = (v: { note: string; finding?: Finding }) => {
    if (!action) return;
    setError(null);
    act.mutate(
      { action, note: v.note, finding: v.finding },
      {
        onSuccess: () => {
          setAction(null);
          notifySuccess(t(`alert.done.${action}`));
        },
        onError: (err) => setError(errorText(err)),
      },
    );
  };
  return (
    <Drawer
      open
      onClose={onClose}
      size="large"
      title={a ? `${a.itemCode} ${a.itemName}` : t('app.loading')}
      loading={alert.isPending}
    >
      {a && (
        <Space
          orientation="vertical"
          size="middle"
          style={{ width: '100%' }}
          data-testid="alert-drawer"
          data-alert={a.id}
          data-status={a.status}
        >
          <Space wrap>
            <AlertStatusTag status={a.status} />
            <Typography.Text strong>{t(`deviation.${a.kind}`)}</Typography.Text>
          </Space>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('alert.exercise')}>
              <Link to={`/integrity/exercises/${a.exerciseId}`} data-testid="alert-exercise-link">
                {a.exerciseTitle}
              </Link>
            </Descriptions.Item>
            <Descriptions.Item label={t('alert.unit')}>{a.unitName}</Descriptions.Item>
            {a.stepSeq !== null && (
              <Descriptions.Item label={t('alert.step')}>{t('exercise.stepNo', { n: a.stepSeq })}</Descriptions.Item>
            )}
            <Descriptions.Item label={t('alert.evidence')}>
              <span data-testid="alert-evidence">{a.evidence}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('alert.raisedAt')}>{formatDateTime(a.raisedAt)}</Descriptions.Item>
            <Descriptions.Item label={t('alert.age')}>{t('alert.days', { n: a.ageDays })}</Descriptions.Item>
            {a.finding && (
              <Descriptions.Item label={t('alert.finding')}>
                <span data-testid="alert-finding">{t(`finding.${a.finding}`)}</span>：{a.findingNote}
              </Descriptions.Item>
            )}
          </Descriptions>
          <Space wrap>
            {allowed.map((k) => (
              <Button
                key={k}
                data-testid={`alert-${k}`}
                type={k === 'close' ? 'primary' : 'default'}
                onClick={() => {
                  setError(null);
                  setAction(k);
                }}
              >
                {t(`alert.actions.${k}`)}
              </Button>
            ))}
          </Space>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('alert.record')}
          </Typography.Title>
          {a.notes.length === 0 ? (
            <Typography.Text type="secondary">{t('alert.noNotes')}</Typography.Text>
          ) : (
            <Timeline
              data-testid="alert-notes"
              items={a.notes.map((n) => ({
                key: n.at,
                content: (
                  <>
                    <Typography.Text type="secondary">
                      {formatDateTime(n.at)} · {n.author}
                    </Typography.Text>
                    <div style={{ whiteSpace: 'pre-wrap' }}>{n.note}</div>
                  </>
                ),
              }))}
            />
          )}
        </Space>
      )}
      <HandlingModal
        open={action !== null}
        title={action ? t(`alert.actions.${action}`) : ''}
        testPrefix="alert-action"
        noteLabel={action === 'close' ? t('alert.findingNote') : t('alert.note')}
        noteHint={t('alert.noteHint')}
        withFinding={action === 'close'}
        loading={act.isPending}
        error={error}
        onCancel={() => setAction(null)}
        onSubmit={submit}
      />
    </Drawer>
  );
}
