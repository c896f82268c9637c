import { Checkbox, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { WORKER_ORIGINS, workerCreateBody } from '@jishi/shared';
import { CreateEntityModal } from '../../components/create-entity-modal.tsx';
import { compact } from '../../lib/form-validation.ts';
import { UnitSelect } from '../territory/unit-select.tsx';
import { useCreateWorker } from './workers-api.ts';

interface Values {
  name?: string;
  unitId?: string;
  post?: string;
  origin?: string;
  isFirstSecretary?: boolean;
}

/** 新增社区工作者 (workerCreateBody). */
export function WorkerModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateWorker();
  return (
    <CreateEntityModal
      open={open}
      title={t('workers.add')}
      onClose={onClose}
      schema={workerCreateBody}
      toInput={(values: Values) => compact(values)}
      mutation={create}
      initialValues={{ origin: 'graduate', isFirstSecretary: false }}
    >
      <Form.Item name="name" label={t('residents.name')} required>
        <Input data-testid="worker-name" maxLength={60} />
      </Form.Item>
      <Form.Item name="unitId" label={t('workers.unit')} required>
        <UnitSelect kinds={['subdistrict', 'community', 'village']} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="post" label={t('workers.post')} required>
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item name="origin" label={t('workers.origin')} required>
        <Select options={WORKER_ORIGINS.map((o) => ({ value: o, label: t(`origin.${o}`) }))} />
      </Form.Item>
      <Form.Item name="isFirstSecretary" valuePropName="checked">
        <Checkbox>{t('workers.firstSecretary')}</Checkbox>
      </Form.Item>
    </CreateEntityModal>
  );
}
