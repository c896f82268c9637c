import { Button, DatePicker, Form, Space, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { periodCloseBody } from '@jishi/shared';
import { formatDateTime } from '../../lib/format.ts';
import { notifySuccess } from '../../lib/notify.ts';
import { submitForm } from '../../lib/submit-form.ts';
import { useCan } from '../auth/session.ts';
import { UnitSelect } from '../territory/unit-select.tsx';
import { useClosePeriod, usePeriods } from './templates-api.ts';
import type { Period } from './templates-api.ts';

interface Values {
  unitId?: string;
  month?: Dayjs | null;
}

/** 关账: closed months (nothing can be dated into them); the subdistrict admin closes a month that has ended. */
export function PeriodsPanel() {
  const { t } = useTranslation();
  const can = useCan();
  const [form] = Form.useForm<Values>();
  const periods = usePeriods();
  const close = useClosePeriod();
  const onFinish = (v: Values) =>
    submitForm(form, periodCloseBody, { unitId: v.unitId, month: v.month?.format('YYYY-MM') }, close, () =>
      notifySuccess(t('periods.closed')),
    );
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {can('decision:close-period') && (
        <Form<Values> form={form} layout="inline" onFinish={onFinish}>
          <Form.Item name="unitId" label={t('periods.unit')}>
            <UnitSelect data-testid="period-unit" kinds={['subdistrict', 'community', 'village']} />
          </Form.Item>
          <Form.Item name="month" label={t('periods.month')}>
            <DatePicker data-testid="period-month" picker="month" disabledDate={(d) => !d.isBefore(dayjs(), 'month')} />
          </Form.Item>
          <Button data-testid="period-close" type="primary" htmlType="submit" loading={close.isPending}>
            {t('periods.close')}
          </Button>
        </Form>
      )}
      <Table<Period>
        rowKey="id"
        size="small"
        loading={periods.isPending}
        dataSource={periods.data?.items ?? []}
        pagination={{ pageSize: 12 }}
        columns={[
          {
            title: t('periods.month'),
            dataIndex: 'month',
            sorter: (a, b) => a.month.localeCompare(b.month),
            defaultSortOrder: 'descend',
          },
          { title: t('periods.unit'), dataIndex: 'unitName' },
          { title: t('periods.closedAt'), dataIndex: 'closedAt', render: (v: string) => formatDateTime(v) },
        ]}
      />
    </Space>
  );
}
