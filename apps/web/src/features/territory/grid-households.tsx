import { useState } from 'react';
import { Button, Form, Input, Modal, Select, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { householdCreateBody } from '@jishi/shared';
import { applyApiErrors, compact, parseWith } from '../../lib/form-validation.ts';
import { notifySuccess } from '../../lib/notify.ts';
import { useBuildings, useCreateHousehold, useHouseholds } from './territory-api.ts';
import type { Household } from './territory-api.ts';

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
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const buildingName = new Map((buildings.data ?? []).map((b) => [b.id, b.name]));
  const onFinish = (values: Values) => {
    const body = parseWith(form, householdCreateBody, compact({ ...values, gridId }));
    if (!body) return;
    create.mutate(body, {
      onSuccess: () => {
        notifySuccess(t('common.created'));
        setOpen(false);
      },
      onError: (err) => applyApiErrors(form, err),
    });
  };
  return (
    <>
      {canWrite && (
        <Button icon={<PlusOutlined />} onClick={() => setOpen(true)} style={{ marginBottom: 8 }}>
          {t('territory.addHousehold')}
        </Button>
      )}
      <Table<Household>
        size="small"
        rowKey="id"
        loading={households.isPending}
        dataSource={households.data ?? []}
        columns={[
          { title: t('common.address'), dataIndex: 'address' },
          {
            title: t('territory.building'),
            dataIndex: 'buildingId',
            render: (id: string | null) => (id ? buildingName.get(id) ?? t('common.none') : t('common.none')),
          },
          { title: t('territory.residentCount'), dataIndex: 'residentCount', align: 'right' },
        ]}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
      />
      <Modal
        open={open}
        title={t('territory.addHousehold')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        confirmLoading={create.isPending}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={onFinish} preserve={false}>
          <Form.Item name="buildingId" label={t('territory.building')}>
            <Select allowClear options={(buildings.data ?? []).map((b) => ({ value: b.id, label: b.name }))} />
          </Form.Item>
          <Form.Item name="address" label={t('common.address')} required><Input maxLength={200} /></Form.Item>
        </Form>
      </Modal>
    </>
  );
}
