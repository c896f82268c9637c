import { useState } from 'react';
import { Button, Empty, Form, Input, Modal, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { lookupBody } from '@jishi/shared';
import { submitForm } from '../../lib/submit-form.ts';
import { useLookupResident } from './residents-api.ts';
import type { ResidentView } from './residents-api.ts';

interface Props {
  open: boolean;
  onClose: () => void;
  onOpen: (resident: ResidentView) => void;
}

/** Exact lookup by ID number: sent in a POST body, never in a URL; the input is cleared on close. */
export function ResidentLookupModal({ open, onClose, onOpen }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ idNumber?: string }>();
  const lookup = useLookupResident();
  const [results, setResults] = useState<ResidentView[] | null>(null);
  const close = () => {
    setResults(null);
    lookup.reset();
    onClose();
  };
  const onFinish = (values: { idNumber?: string }) =>
    submitForm(form, lookupBody, { idNumber: values.idNumber?.trim() || undefined }, lookup, (res) =>
      setResults(res.items),
    );
  return (
    <Modal open={open} title={t('residents.lookup')} onCancel={close} footer={null} width={640} destroyOnHidden>
      <Form form={form} layout="inline" onFinish={onFinish} preserve={false} style={{ marginBottom: 16 }}>
        <Form.Item name="idNumber" label={t('residents.idNumber')} required>
          <Input data-testid="lookup-idNumber" maxLength={18} autoComplete="off" style={{ width: 240 }} />
        </Form.Item>
        <Button data-testid="lookup-submit" type="primary" htmlType="submit" loading={lookup.isPending}>
          {t('common.query')}
        </Button>
      </Form>
      {results !== null && results.length === 0 && <Empty description={t('residents.lookupEmpty')} />}
      {results !== null && results.length > 0 && (
        <Table<ResidentView>
          size="small"
          rowKey="id"
          dataSource={results}
          pagination={false}
          columns={[
            {
              title: t('residents.name'),
              dataIndex: 'name',
              render: (name: string, r) => (
                <Button
                  type="link"
                  onClick={() => {
                    onOpen(r);
                    close();
                  }}
                >
                  {name}
                </Button>
              ),
            },
            { title: t('residents.grid'), dataIndex: 'gridName' },
            { title: t('residents.idMasked'), dataIndex: 'idNumberMasked' },
          ]}
        />
      )}
    </Modal>
  );
}
