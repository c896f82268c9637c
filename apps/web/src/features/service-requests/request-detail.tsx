import { Descriptions, Image, Space, Tag, Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format.ts';
import type { RequestView } from '../../lib/services-api.ts';

const DEADLINE_COLOR = { ok: 'green', due_soon: 'orange', overdue: 'red', finished: 'default' } as const;

export function DeadlineTag({ state }: { state: keyof typeof DEADLINE_COLOR }) {
  const { t } = useTranslation();
  return <Tag color={DEADLINE_COLOR[state]}>{t(`deadlineState.${state}`)}</Tag>;
}

/** A request with its photos and history; `photoBase` is the caller's own route to the photos. */
export function RequestDetail({ request, photoBase }: { request: RequestView; photoBase: string }) {
  const { t } = useTranslation();
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="request-detail">
      <Descriptions
        column={1}
        size="small"
        bordered
        items={[
          { key: 's', label: t('svc.service'), children: request.serviceName },
          {
            key: 'st',
            label: t('svc.status'),
            children: <Tag data-testid="request-status">{t(`requestStatus.${request.status}`)}</Tag>,
          },
          { key: 'd', label: t('svc.description'), children: request.description },
          { key: 'a', label: t('svc.address'), children: request.address },
          { key: 'c', label: t('svc.channel'), children: t(`requestChannel.${request.channel}`) },
          {
            key: 'p',
            label: t('svc.publicity'),
            children: (
              <span data-testid="request-publicity">
                {request.publicConsent
                  ? t(request.publicPhotos ? 'svc.publicWithPhotos' : 'svc.publicWithoutPhotos')
                  : t('svc.notPublic')}
              </span>
            ),
          },
          { key: 'h', label: t('svc.assignee'), children: request.assigneeName ?? t('svc.none') },
          {
            key: 'due',
            label: t('svc.dueAt'),
            children: (
              <>
                {formatDateTime(request.dueAt)} <DeadlineTag state={request.deadline} />
              </>
            ),
          },
          ...(request.rating
            ? [
                {
                  key: 'r',
                  label: t('svc.rating'),
                  children: `${'★'.repeat(request.rating)} ${request.ratingComment ?? ''}`,
                },
              ]
            : []),
          ...(request.rejectReason ? [{ key: 'x', label: t('svc.reason'), children: request.rejectReason }] : []),
        ]}
      />
      {request.photos.length > 0 && (
        <Image.PreviewGroup>
          <Space>
            {request.photos.map((p) => (
              <Image key={p.id} width={96} src={`${photoBase}/${request.id}/photos/${p.id}`} alt={t('svc.photos')} />
            ))}
          </Space>
        </Image.PreviewGroup>
      )}
      <Timeline
        items={request.events.map((e) => ({
          key: `${e.at}${e.action}`,
          children: `${formatDateTime(e.at)} ${e.actorName} · ${t(`requestStatus.${e.to}`)}${e.note ? `：${e.note}` : ''}`,
        }))}
      />
    </Space>
  );
}
