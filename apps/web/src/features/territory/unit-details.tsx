import { useState } from 'react';
import { Button, Card, Descriptions, Space, Tabs } from 'antd';
import { EditOutlined, MergeCellsOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { GridBuildings } from './grid-buildings.tsx';
import { GridHouseholds } from './grid-households.tsx';
import { MergeModal } from './merge-modal.tsx';
import { ParentAtLookup } from './parent-at-lookup.tsx';
import type { UnitView } from './territory-api.ts';
import { CHILD_KINDS, isGridLike } from './unit-children.ts';
import { UnitFormModal } from './unit-form-modal.tsx';
import { UnitHistoryTable } from './unit-history.tsx';

interface Props {
  unit: UnitView;
  names: Map<string, string>;
  /** False in a historical view: the past is read-only. */
  writable: boolean;
}

type Dialog = 'create' | 'rename' | 'merge' | null;

/** Details of the selected node; actions follow the unit's `abilities` from the server. */
export function UnitDetails({ unit, names, writable }: Props) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>(null);
  const can = {
    create: writable && unit.abilities.createChild && CHILD_KINDS[unit.kind].length > 0,
    rename: writable && unit.abilities.update,
    merge: writable && unit.abilities.merge && (unit.kind === 'community' || unit.kind === 'village'),
  };
  const none = t('common.none');
  const tabs = [
    { key: 'history', label: t('territory.history'), children: <UnitHistoryTable unitId={unit.id} /> },
    { key: 'parent-at', label: t('territory.parentAt'), children: <ParentAtLookup unitId={unit.id} /> },
  ];
  if (isGridLike(unit.kind)) {
    tabs.unshift(
      {
        key: 'buildings',
        label: t('territory.buildings'),
        children: <GridBuildings gridId={unit.id} canWrite={can.rename} />,
      },
      {
        key: 'households',
        label: t('territory.households'),
        children: <GridHouseholds gridId={unit.id} canWrite={can.rename} />,
      },
    );
  }
  return (
    <Card
      title={unit.name}
      extra={
        <Space wrap>
          {can.create && (
            <Button data-testid="unit-add-child" icon={<PlusOutlined />} onClick={() => setDialog('create')}>
              {t('territory.addChild')}
            </Button>
          )}
          {can.rename && (
            <Button data-testid="unit-rename" icon={<EditOutlined />} onClick={() => setDialog('rename')}>
              {t('territory.renameUnit')}
            </Button>
          )}
          {can.merge && (
            <Button data-testid="unit-merge" danger icon={<MergeCellsOutlined />} onClick={() => setDialog('merge')}>
              {t('territory.merge')}
            </Button>
          )}
        </Space>
      }
    >
      <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
        <Descriptions.Item label={t('common.kind')}>
          {t(`unitKind.${unit.kind}`)}
          {unit.gridKind ? ` · ${t(`gridKind.${unit.gridKind}`)}` : ''}
        </Descriptions.Item>
        <Descriptions.Item label={t('common.code')}>{unit.code ?? none}</Descriptions.Item>
        <Descriptions.Item label={t('territory.parent')}>
          {(unit.parentId && names.get(unit.parentId)) || none}
        </Descriptions.Item>
        <Descriptions.Item label={t('territory.validFrom')}>{unit.validFrom}</Descriptions.Item>
        <Descriptions.Item label={t('territory.validTo')}>{unit.validTo ?? none}</Descriptions.Item>
        <Descriptions.Item label={t('territory.mergedInto')}>
          {unit.mergedIntoId ? (names.get(unit.mergedIntoId) ?? unit.mergedIntoId) : none}
        </Descriptions.Item>
      </Descriptions>
      <Tabs style={{ marginTop: 16 }} items={tabs} destroyOnHidden />
      {(dialog === 'create' || dialog === 'rename') && (
        <UnitFormModal mode={dialog} unit={unit} onClose={() => setDialog(null)} />
      )}
      {dialog === 'merge' && <MergeModal unit={unit} onClose={() => setDialog(null)} />}
    </Card>
  );
}
