import { useState } from 'react';
import { Button, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { z } from 'zod';
import { CreateEntityModal } from '../../components/create-entity-modal.tsx';
import type { CreateEntityModalProps } from '../../components/create-entity-modal.tsx';

type Props<T, V, S extends z.ZodType> = Omit<CreateEntityModalProps<V, S>, 'open' | 'title' | 'onClose'> & {
  canWrite: boolean;
  /** The add button's label and the dialog's title. */
  addLabel: string;
  rows: T[] | undefined;
  loading: boolean;
  columns: TableColumnsType<T>;
};

/** A grid's buildings or households: a small table and, for writers, an add button with its dialog. */
export function GridItemTable<T extends { id: string }, V, S extends z.ZodType>({
  canWrite,
  addLabel,
  rows,
  loading,
  columns,
  ...dialog
}: Props<T, V, S>) {
  const [open, setOpen] = useState(false);
  return (
    <>
      {canWrite && (
        <Button icon={<PlusOutlined />} onClick={() => setOpen(true)} style={{ marginBottom: 8 }}>
          {addLabel}
        </Button>
      )}
      <Table<T>
        size="small"
        rowKey="id"
        loading={loading}
        dataSource={rows ?? []}
        columns={columns}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
      />
      <CreateEntityModal<V, S> {...dialog} open={open} title={addLabel} onClose={() => setOpen(false)} />
    </>
  );
}
