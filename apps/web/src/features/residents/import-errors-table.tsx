import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApiRowError } from '../../lib/api-error.ts';
import { translateMessage } from '../../lib/form-validation.ts';

/** The server's per-row errors for a rejected import (nothing was imported). */
export function ImportErrorsTable({ rows }: { rows: ApiRowError[] }) {
  const { t } = useTranslation();
  return (
    <Table<ApiRowError>
      data-testid="import-errors"
      size="small"
      rowKey="row"
      dataSource={rows}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      columns={[
        { title: t('residents.row'), dataIndex: 'row', width: 80 },
        {
          title: t('residents.errors'),
          dataIndex: 'errors',
          render: (errors: string[]) => (
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {errors.map((e) => (
                <li key={e}>{translateMessage(e)}</li>
              ))}
            </ul>
          ),
        },
      ]}
    />
  );
}
