import { useState } from 'react';
import { Button, Descriptions, Drawer, Space, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ComplaintStatus } from '@jishi/shared';
import { formatDateTime } from '../../lib/format.ts';
import { errorText, notifySuccess } from '../../lib/notify.ts';
import { useCan } from '../auth/session.ts';
import { HandlingModal } from './handling-modal.tsx';
import { ComplaintStatusTag } from './integrity-tags.tsx';
import { useComplaint, useComplaintAction } from './supervision-api.ts';

type Action = 'accept' | 'note' | 'reply' | 'conclude' | 'dismiss';

/** What may follow each state (the server's table; anything else is 409). */
const NEXT: Record<ComplaintStatus, Action[]> = {
  received: ['accept', 'reply', 'dismiss'],
  accepted: ['note', 'reply', 'conclude', 'dismiss'],
  investigating: ['note', 'reply', 'conclude'],
  concluded: [],
  dismissed: [],
};

/** One complaint: its content, the submitter (named ones only), the handling record; replies are what the submitter sees. */
export function ComplaintDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const can = useCan();
  const complaint = useComplaint(id);
  const act = useComplaintAction(id);
  const [action, setAction] = useState<Action | null>(null);
  const [error, setError] = useState<string | null>(null);
  const c = complaint.data;
  const submit = ({ note }: { note: string }) => {
    if (!action) return;
    setError(null);
    act.mutate(
      { action, note },
      {
        onSuccess: () => {
          setAction(null);
          notifySuccess(t('complaint.done'));
        },
        onError: (err) => setError(errorText(err)),
      },
    );
  };
  return (
    <Drawer open onClose={onClose} size="large" title={t('complaint.detail')} loading={complaint.isPending}>
      {c && (
        <Space
          orientation="vertical"
          size="middle"
          style={{ width: '100%' }}
          data-testid="complaint-drawer"
          data-status={c.status}
        >
          <ComplaintStatusTag status={c.status} />
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('complaint.unit')}>{c.unitName}</Descriptions.Item>
            <Descriptions.Item label={t('complaint.target')}>
              {t(`complaintTarget.${c.targetKind}`)}：{c.targetText}
            </Descriptions.Item>
            <Descriptions.Item label={t('complaint.content')}>
              <div style={{ whiteSpace: 'pre-wrap' }} data-testid="complaint-content">
                {c.content}
              </div>
            </Descriptions.Item>
            <Descriptions.Item label={t('complaint.submitter')}>
              {c.anonymous ? t('complaint.anonymous') : `${c.name ?? ''}（${c.contact ?? ''}）`}
            </Descriptions.Item>
            <Descriptions.Item label={t('complaint.submittedAt')}>{formatDateTime(c.submittedAt)}</Descriptions.Item>
          </Descriptions>
          {can('complaint:handle') && (
            <Space wrap>
              {NEXT[c.status].map((k) => (
                <Button
                  key={k}
                  data-testid={`complaint-${k}`}
                  danger={k === 'dismiss'}
                  onClick={() => {
                    setError(null);
                    setAction(k);
                  }}
                >
                  {t(`complaintAction.${k}`)}
                </Button>
              ))}
            </Space>
          )}
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('complaint.record')}
          </Typography.Title>
          {c.notes.length === 0 ? (
            <Typography.Text type="secondary">{t('alert.noNotes')}</Typography.Text>
          ) : (
            <Timeline
              items={c.notes.map((n) => ({
                key: n.at,
                content: (
                  <>
                    <Typography.Text type="secondary">
                      {formatDateTime(n.at)} · {n.author}{' '}
                    </Typography.Text>
                    {n.public && <Tag color="blue">{t('complaint.publicReply')}</Tag>}
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
        title={action ? t(`complaintAction.${action}`) : ''}
        testPrefix="complaint-action"
        noteLabel={action === 'reply' ? t('complaint.replyText') : t('complaint.note')}
        noteHint={action === 'reply' ? t('complaint.replyHint') : t('alert.noteHint')}
        loading={act.isPending}
        error={error}
        onCancel={() => setAction(null)}
        onSubmit={submit}
      />
    </Drawer>
  );
}
