import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DataTree } from '../../components/data-tree.tsx';
import { buildTree, byCodeThenName } from '../../lib/tree.ts';
import type { UnitView } from './territory-api.ts';

interface Props {
  units: UnitView[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** subdistrict → community/village → grid → micro-grid, built client-side from the flat list. */
export function UnitTree({ units, selectedId, onSelect }: Props) {
  const { t } = useTranslation();
  const treeData = buildTree(
    units,
    (u) => (
      <span data-testid={`tree-node-${u.id}`}>
        {u.name}{' '}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {u.kind === 'grid' && u.gridKind === 'dedicated' ? t('gridKind.dedicated') : t(`unitKind.${u.kind}`)}
        </Typography.Text>
      </span>
    ),
    byCodeThenName,
  );
  return <DataTree treeData={treeData} selectedId={selectedId} onSelect={onSelect} />;
}
