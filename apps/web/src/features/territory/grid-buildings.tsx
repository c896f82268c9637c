import { useState } from 'react';
import { Button, Form, Input, Modal, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { buildingCreateBody } from '@jishi/shared';
import { applyApiErrors, parseWith } from '../../lib/form-validation.ts';
import { notifySuccess } from '../../lib/notify.ts';
import { useBuildings, useCreateBuilding } from './territory-api.ts';
import type { Building } from './territory-api.ts';

/** Buildings (楼栋) of a grid, with "新增楼栋". */
export function GridBuildings({ gridId, canWrite }: { gridId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const buildings = useBuildings(gridId);
  const create = useCreateBuilding();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ name?: string; address?: string }>();
  const onFinish = (values: { name?: string; address?: string }) => {
    const body = parseWith(form, buildingCreateBody, { ...values, gridId });
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
          {t('territory.addBuilding')}
        </Button>
      )}
      <Table<Building>
        size="small"
        rowKey="id"
        loading={buildings.isPending}
        dataSource={buildings.data ?? []}
        columns={[
          { title: t('common.name'), dataIndex: 'name' },
          { title: t('common.address'), dataIndex: 'address' },
        ]}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
      />
      <Modal
        open={open}
        title={t('territory.addBuilding')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        confirmLoading={create.isPending}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={onFinish} preserve={false}>
          <Form.Item name="name" label={t('common.name')} required><Input maxLength={60} /></Form.Item>
          <Form.Item name="address" label={t('common.address')} required><Input maxLength={200} /></Form.Item>
        </Form>
      </Modal>
    </>
  );
}
