import { useState } from 'react';
import { Card, Select, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PROPOSAL_STATUSES } from '@jishi/shared';
import { ReasonModal } from '../../components/reason-modal.tsx';
import { FIRST_PAGE } from '../../lib/paged.ts';
import { notifySuccess } from '../../lib/notify.ts';
import { usePagedFilters } from '../../lib/use-paged-filters.ts';
import { useCan } from '../auth/session.ts';
import { UnitSelect } from '../territory/unit-select.tsx';
import { MatterOpenModal } from './matter-open-modal.tsx';
import { useDeclineProposal, useProposals } from './proposals-api.ts';
import type { Proposal, ProposalFilters, ProposalStatus } from './proposals-api.ts';
import { ProposalsTable } from './proposals-table.tsx';

/** 居民提议 (staff): the proposals of the community, opened into matters or declined with a reason. */
export function ProposalsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const { filters, filter, turnPage } = usePagedFilters<ProposalFilters>({ ...FIRST_PAGE, status: 'open' });
  const proposals = useProposals(filters);
  const decline = useDeclineProposal();
  const [opening, setOpening] = useState<Proposal | null>(null);
  const [declining, setDeclining] = useState<Proposal | null>(null);
  const onDecline = (reason: string) => {
    if (!declining) return;
    decline.mutate(
      { id: declining.id, reason },
      {
        onSuccess: () => {
          setDeclining(null);
          notifySuccess(t('proposals.declined'));
        },
      },
    );
  };
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Link to="/hall">{t('hall.back')}</Link>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('proposals.staffTitle')}
      </Typography.Title>
      <Card>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Space wrap>
            {can('territory:read') && (
              <UnitSelect
                data-testid="proposals-unit-filter"
                kinds={['community', 'village']}
                allowClear
                placeholder={t('hall.community')}
                value={filters.unitId}
                onChange={(unitId) => filter({ unitId })}
              />
            )}
            <Select<ProposalStatus>
              data-testid="proposals-status-filter"
              allowClear
              placeholder={t('proposals.status')}
              style={{ width: 120 }}
              value={filters.status}
              onChange={(status) => filter({ status })}
              options={PROPOSAL_STATUSES.map((s) => ({ value: s, label: t(`proposalStatus.${s}`) }))}
            />
          </Space>
          <ProposalsTable
            data={proposals.data}
            loading={proposals.isFetching}
            paging={filters}
            onPage={turnPage}
            canWrite={can('decision:write')}
            onOpenMatter={setOpening}
            onDecline={setDeclining}
          />
        </Space>
      </Card>
      {opening && (
        <MatterOpenModal
          initial={{
            unitId: opening.unitId,
            source: 'proposal',
            proposalIds: [opening.id],
            title: opening.title,
            description: opening.content,
          }}
          onClose={() => setOpening(null)}
        />
      )}
      <ReasonModal
        open={declining !== null}
        title={t('proposals.declineTitle')}
        testPrefix="decline"
        confirmLoading={decline.isPending}
        onCancel={() => setDeclining(null)}
        onSubmit={onDecline}
      />
    </Space>
  );
}
