import { Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useCan } from '../auth/session.ts';
import { useTranslation } from 'react-i18next';
import { useReceptions, type ReceptionView } from '../../lib/services-api.ts';
import { IssueToRequestModal, ReceptionModal } from './reception-forms.tsx';

import { AddButton } from '../../components/add-button.tsx';

export function ReceptionsTab() {
  const { t } = useTranslation();
  const list = useReceptions();
  const writable = useCan()('service:write');
  const [adding, setAdding] = useState(false);
  const [converting, setConverting] = useState<{ reception: ReceptionView; issueId: string } | null>(null);
  return (
    <>
      <AddButton show={writable} onClick={() => setAdding(true)} label={t('svc.addReception')} id="reception-add" />
      {adding && <ReceptionModal onClose={() => setAdding(false)} />}
      {converting && (
        <IssueToRequestModal
          reception={converting.reception}
          issueId={converting.issueId}
          onClose={() => setConverting(null)}
        />
      )}
      <Table
        rowKey="id"
        size="small"
        loading={list.isPending}
        dataSource={list.data ?? []}
        columns={[
          { title: t('svc.held'), dataIndex: 'heldOn' },
          { title: t('svc.community'), dataIndex: 'unitName' },
          { title: t('svc.representatives'), dataIndex: 'representatives' },
          { title: t('svc.visitors'), dataIndex: 'visitors' },
          {
            title: t('svc.issues'),
            key: 'i',
            render: (_: unknown, r: ReceptionView) =>
              r.issues.map((i) => (
                <div key={i.id}>
                  {i.seq}. {i.issue} {i.followUp && `→ ${i.followUp}`}{' '}
                  {i.requestId ? (
                    <Tag color="blue">{t('svc.tabRequests')}</Tag>
                  ) : (
                    writable && (
                      <Typography.Link
                        onClick={() => setConverting({ reception: r, issueId: i.id })}
                        data-testid="issue-to-request"
                      >
                        {t('svc.toRequest')}
                      </Typography.Link>
                    )
                  )}
                </div>
              )),
          },
        ]}
      />
    </>
  );
}
