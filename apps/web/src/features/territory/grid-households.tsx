import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { householdCreateBody } from '@jishi/shared';
import { compact } from '../../lib/form-validation.ts';
import { GridItemTable } from './grid-item-table.tsx';
import { useBuildings, useCreateHousehold, useHouseholds } from './territory-api.ts';

interface Values {
  buildingId?: string;
  address?: string;
}

/** Households (户) of a grid, optionally in a building, with "新增住户". */
export function GridHouseholds({ gridId, canWrite }: { gridId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const households = useHouseholds(gridId);
  const buildings = useBuildings(gridId);
  const create = useCreateHousehold();
  const buildingName = new Map((buildings.data ?? []).map((b) => [b.id, b.name]));
  return (
    <GridItemTable
      canWrite={canWrite}
      addLabel={t('territory.addHousehold')}
      rows={households.data}
      loading={households.isPending}
      columns={[
        { title: t('common.address'), dataIndex: 'address' },
        {
          title: t('territory.building'),
          dataIndex: 'buildingId',
          render: (id: string | null) => (id ? (buildingName.get(id) ?? t('common.none')) : t('common.none')),
        },
        { title: t('territory.residentCount'), dataIndex: 'residentCount', align: 'right' },
      ]}
      schema={householdCreateBody}
      toInput={(values: Values) => compact({ ...values, gridId })}
      mutation={create}
    >
      <Form.Item name="buildingId" label={t('territory.building')}>
        <Select allowClear options={(buildings.data ?? []).map((b) => ({ value: b.id, label: b.name }))} />
      </Form.Item>
      <Form.Item name="address" label={t('common.address')} required>
        <Input maxLength={200} />
      </Form.Item>
    </GridItemTable>
  );
}
