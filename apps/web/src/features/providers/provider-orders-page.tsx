import { Card, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format.ts';
import { DeadlineTag } from '../service-requests/request-detail.tsx';
import { RequestActions } from '../service-requests/request-actions.tsx';
import { useProviderOrders } from '../../lib/services-api.ts';

/** 服务订单 (provider accounts): only the orders dispatched to the account's own provider; start and complete them. */
export function ProviderOrdersPage() {
  const { t } = useTranslation();
  const orders = useProviderOrders();
  return (
    <Card title={t('svc.ordersTitle')} data-testid="provider-orders-page">
      <Typography.Paragraph>{t('svc.ordersIntro')}</Typography.Paragraph>
      <List
        loading={orders.isPending}
        dataSource={orders.data?.items ?? []}
        locale={{ emptyText: t('svc.none') }}
        renderItem={(o) => (
          <List.Item
            data-testid="provider-order"
            actions={[<RequestActions key="a" request={o} base="/api/provider/orders" only={['start', 'complete']} />]}
          >
            <List.Item.Meta
              title={
                <Space wrap>
                  <Tag color="blue">{t(`requestStatus.${o.status}`)}</Tag>
                  {o.serviceName}
                  <DeadlineTag state={o.deadline} />
                </Space>
              }
              description={
                <>
                  {o.description} · {o.address} · {formatDateTime(o.submittedAt)}
                </>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
