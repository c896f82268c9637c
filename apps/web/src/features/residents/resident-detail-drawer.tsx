import { useState } from 'react';
import { Button, Descriptions, Drawer, Space, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format.ts';
import { ResidentEditForm } from './resident-edit-form.tsx';
import { ResidentFlags } from './resident-flags.tsx';
import { ResidentReveal } from './resident-reveal.tsx';
import type { ResidentView } from './residents-api.ts';

/** One resident: masked details, edit and (with `abilities.reveal`) the audited full view. */
export function ResidentDetailDrawer({ resident, onClose }: { resident: ResidentView; onClose: () => void }) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState(resident);
  const [editing, setEditing] = useState(false);
  const none = t('common.none');
  return (
    <Drawer
      open
      onClose={onClose}
      title={`${t('residents.detail')} · ${current.name}`}
      size={560}
      destroyOnHidden
      extra={
        current.abilities.update &&
        !editing && (
          <Button data-testid="resident-edit" icon={<EditOutlined />} onClick={() => setEditing(true)}>
            {t('common.edit')}
          </Button>
        )
      }
    >
      {editing ? (
        <ResidentEditForm
          resident={current}
          onDone={(r) => {
            setCurrent(r);
            setEditing(false);
          }}
        />
      ) : (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t('residents.name')}>{current.name}</Descriptions.Item>
            <Descriptions.Item label={t('residents.gender')}>
              {current.gender ? t(`gender.${current.gender}`) : none}
            </Descriptions.Item>
            <Descriptions.Item label={t('residents.birthDate')}>
              <Typography.Text type="secondary">{t('residents.birthDateHidden')}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('residents.grid')}>{current.gridName}</Descriptions.Item>
            <Descriptions.Item label={t('residents.address')}>{current.address || none}</Descriptions.Item>
            <Descriptions.Item label={t('residents.idMasked')}>
              <span data-testid="detail-id-masked" style={{ fontFamily: 'monospace' }}>
                {current.idNumberMasked ?? none}
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('residents.phoneMasked')}>
              <span style={{ fontFamily: 'monospace' }}>{current.phoneMasked ?? none}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('residents.flags')}>
              <ResidentFlags resident={current} />
            </Descriptions.Item>
            <Descriptions.Item label={t('residents.updatedAt')}>{formatDateTime(current.updatedAt)}</Descriptions.Item>
          </Descriptions>
          {current.abilities.reveal && <ResidentReveal residentId={current.id} />}
        </Space>
      )}
    </Drawer>
  );
}
