import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePartyOrgs } from '../party-orgs/party-org-api.ts';

interface Props {
  value?: string;
  onChange?: (v: string | undefined) => void;
  allowClear?: boolean;
  width?: number | string;
}

/** Party branches (党支部) the user can see. */
export function BranchSelect({ value, onChange, allowClear, width = 240 }: Props) {
  const { t } = useTranslation();
  const orgs = usePartyOrgs();
  const options = (orgs.data?.items ?? [])
    .filter((o) => o.kind === 'branch')
    .map((o) => ({ value: o.id, label: o.name }));
  return (
    <Select
      showSearch={{ optionFilterProp: 'label' }}
      allowClear={allowClear}
      loading={orgs.isPending}
      placeholder={t('partyMembers.branch')}
      value={value}
      onChange={(v: string | undefined) => onChange?.(v)}
      options={options}
      style={{ width }}
    />
  );
}
