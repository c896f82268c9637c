import { useState } from 'react';
import { Button, Card, Col, Descriptions, Empty, Row, Space, Spin, Tag, Typography } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useUnitName } from '../territory/use-unit-name.ts';
import { CHILD_ORG_KINDS, KIND_COLORS } from './org-kinds.ts';
import { OrgFormModal } from './org-form-modal.tsx';
import { OrgTree } from './org-tree.tsx';
import { usePartyOrgs } from './party-org-api.ts';

/** 党组织: the Party organisation tree; create/rename per the org's `abilities`. */
export function PartyOrgsPage() {
  const { t } = useTranslation();
  const orgs = usePartyOrgs();
  const unitName = useUnitName();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'create' | 'rename' | null>(null);
  const items = orgs.data?.items ?? [];
  const org = items.find((o) => o.id === selectedId) ?? null;
  const none = t('common.none');
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('partyOrgs.title')}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card styles={{ body: { maxHeight: '72vh', overflow: 'auto' } }}>
            {orgs.isPending ? <Spin /> : <OrgTree orgs={items} selectedId={selectedId} onSelect={setSelectedId} />}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          {!org ? (
            <Card>
              <Empty description={t('common.emptySelection')} />
            </Card>
          ) : (
            <Card
              title={org.name}
              extra={
                <Space wrap>
                  {org.abilities.createChild && CHILD_ORG_KINDS[org.kind].length > 0 && (
                    <Button data-testid="org-add-child" icon={<PlusOutlined />} onClick={() => setDialog('create')}>
                      {t('partyOrgs.addChild')}
                    </Button>
                  )}
                  {org.abilities.update && (
                    <Button data-testid="org-rename" icon={<EditOutlined />} onClick={() => setDialog('rename')}>
                      {t('common.rename')}
                    </Button>
                  )}
                </Space>
              }
            >
              <Descriptions size="small" column={1} bordered>
                <Descriptions.Item label={t('partyOrgs.kind')}>
                  <Tag color={KIND_COLORS[org.kind]}>{t(`orgKind.${org.kind}`)}</Tag>
                </Descriptions.Item>
                <Descriptions.Item label={t('partyOrgs.category')}>
                  {org.category ? t(`orgCategory.${org.category}`) : none}
                </Descriptions.Item>
                <Descriptions.Item label={t('partyOrgs.memberCount')}>{org.memberCount}</Descriptions.Item>
                <Descriptions.Item label={t('partyOrgs.territory')}>{unitName(org.territoryId)}</Descriptions.Item>
              </Descriptions>
              {dialog && (
                <OrgFormModal key={`${dialog}-${org.id}`} mode={dialog} org={org} onClose={() => setDialog(null)} />
              )}
            </Card>
          )}
        </Col>
      </Row>
    </Space>
  );
}
