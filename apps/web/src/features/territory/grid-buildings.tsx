import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { buildingCreateBody } from '@jishi/shared';
import { GridItemTable } from './grid-item-table.tsx';
import { useBuildings, useCreateBuilding } from './territory-api.ts';

interface Values {
  name?: string;
  address?: string;
}

/** Buildings (楼栋) of a grid, with "新增楼栋". */
export function GridBuildings({ gridId, canWrite }: { gridId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const buildings = useBuildings(gridId);
  const create = useCreateBuilding();
  return (
    <GridItemTable
      canWrite={canWrite}
      addLabel={t('territory.addBuilding')}
      rows={buildings.data}
      loading={buildings.isPending}
      columns={[
        { title: t('common.name'), dataIndex: 'name' },
        { title: t('common.address'), dataIndex: 'address' },
      ]}
      schema={buildingCreateBody}
      toInput={(values: Values) => ({ ...values, gridId })}
      mutation={create}
    >
      <Form.Item name="name" label={t('common.name')} required>
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item name="address" label={t('common.address')} required>
        <Input maxLength={200} />
      </Form.Item>
    </GridItemTable>
  );
}
