import { Form, Input, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { MATTER_SOURCES } from '@jishi/shared';
import { useCan } from '../auth/session.ts';
import { usePartyOrgs } from '../party-orgs/party-org-api.ts';
import { useProposals } from './proposals-api.ts';

/** Where a matter comes from: residents' open proposals of the hall, a Party organisation, or a note on who assigned it. */
export function MatterSourceFields({ unitId, source }: { unitId?: string; source?: string }) {
  const { t } = useTranslation();
  const can = useCan();
  const proposals = useProposals({ unitId, status: 'open', page: 1, pageSize: 100 });
  const orgs = usePartyOrgs(can('party-org:read') && source === 'party_org');
  return (
    <>
      <Form.Item name="source" label={t('hall.source')} required>
        <Radio.Group
          data-testid="matter-source"
          options={MATTER_SOURCES.map((s) => ({ value: s, label: t(`matterSource.${s}`) }))}
        />
      </Form.Item>
      {source === 'proposal' && (
        <Form.Item name="proposalIds" label={t('hall.pickProposals')} required>
          <Select
            data-testid="matter-proposals"
            mode="multiple"
            loading={proposals.isPending}
            optionFilterProp="label"
            options={(proposals.data?.items ?? []).map((p) => ({
              value: p.id,
              label: `${p.title}（${t('matter.support', { n: p.supportCount })}）`,
            }))}
          />
        </Form.Item>
      )}
      {source === 'party_org' && (
        <Form.Item name="partyOrgId" label={t('hall.partyOrg')} required>
          <Select
            data-testid="matter-party-org"
            showSearch={{ optionFilterProp: 'label' }}
            loading={orgs.isPending}
            options={(orgs.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
          />
        </Form.Item>
      )}
      <Form.Item name="sourceNote" label={t('hall.sourceNote')} required={source === 'assigned'}>
        <Input data-testid="matter-source-note" maxLength={200} />
      </Form.Item>
    </>
  );
}
