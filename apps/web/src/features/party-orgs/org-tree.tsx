import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DataTree } from '../../components/data-tree.tsx';
import { buildTree, serverOrder } from '../../lib/tree.ts';
import { KIND_COLORS } from './org-kinds.ts';
import type { PartyOrg } from './party-org-api.ts';

interface Props {
  orgs: PartyOrg[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** Party organisation tree with kind/category tags and member counts. */
export function OrgTree({ orgs, selectedId, onSelect }: Props) {
  const { t } = useTranslation();
  const treeData = buildTree(
    orgs,
    (o) => (
      <span data-testid={`org-node-${o.id}`}>
        {o.name} <Tag color={KIND_COLORS[o.kind]}>{t(`orgKind.${o.kind}`)}</Tag>
        {o.category && <Tag>{t(`orgCategory.${o.category}`)}</Tag>}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('partyOrgs.members', { count: o.memberCount })}
        </Typography.Text>
      </span>
    ),
    serverOrder,
  );
  return <DataTree treeData={treeData} selectedId={selectedId} onSelect={onSelect} />;
}
