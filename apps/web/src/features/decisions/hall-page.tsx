import { useState } from 'react';
import { Button, Card, Input, Select, Space, Tooltip, Typography } from 'antd';
import { CalendarOutlined, PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { MATTER_STATUSES } from '@jishi/shared';
import { FIRST_PAGE } from '../../lib/paged.ts';
import { usePagedFilters } from '../../lib/use-paged-filters.ts';
import { useCan, useRequiredSession } from '../auth/session.ts';
import { UnitSelect } from '../territory/unit-select.tsx';
import { useMatters } from './decisions-api.ts';
import type { MatterFilters, MatterStatus } from './decisions-api.ts';
import { MatterOpenModal } from './matter-open-modal.tsx';
import { MattersTable } from './matters-table.tsx';

/** 居民议事厅: the matters of the user's scope, filters, opening a matter, the hall's calendar feed. */
export function HallPage() {
  const { t } = useTranslation();
  const can = useCan();
  const session = useRequiredSession();
  const { filters, filter, turnPage } = usePagedFilters<MatterFilters>({ ...FIRST_PAGE });
  const [opening, setOpening] = useState(false);
  const matters = useMatters(filters);
  const calendarUnit = filters.unitId ?? session.user.scopeUnitId;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('hall.title')}
        </Typography.Title>
        <Space wrap>
          <Link to="/hall/proposals" data-testid="hall-proposals-link">
            {t('hall.proposals')}
          </Link>
          <Link to="/hall/templates">{t('hall.templates')}</Link>
          <Link to="/hall/meetings">{t('hall.meetings')}</Link>
          {calendarUnit && (
            <Tooltip title={t('hall.calendarHint')}>
              <a
                href={`/api/decisions/units/${calendarUnit}/calendar.ics`}
                data-testid="hall-calendar"
                download="calendar.ics"
              >
                <CalendarOutlined /> {t('hall.calendar')}
              </a>
            </Tooltip>
          )}
        </Space>
      </Space>
      <Card>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
            <Space wrap>
              <Input.Search
                data-testid="hall-search"
                allowClear
                placeholder={t('hall.search')}
                maxLength={50}
                style={{ width: 220 }}
                onSearch={(q) => filter({ q: q.trim() || undefined })}
              />
              {can('territory:read') && (
                <UnitSelect
                  data-testid="hall-unit-filter"
                  kinds={['community', 'village']}
                  allowClear
                  placeholder={t('hall.community')}
                  value={filters.unitId}
                  onChange={(unitId) => filter({ unitId })}
                />
              )}
              <Select<MatterStatus>
                data-testid="hall-status-filter"
                allowClear
                placeholder={t('hall.status')}
                style={{ width: 120 }}
                value={filters.status}
                onChange={(status) => filter({ status })}
                options={MATTER_STATUSES.map((s) => ({ value: s, label: t(`matterStatus.${s}`) }))}
              />
            </Space>
            {can('decision:write') && (
              <Button data-testid="matter-open" type="primary" icon={<PlusOutlined />} onClick={() => setOpening(true)}>
                {t('hall.openMatter')}
              </Button>
            )}
          </Space>
          <MattersTable data={matters.data} loading={matters.isFetching} paging={filters} onPage={turnPage} />
        </Space>
      </Card>
      {opening && <MatterOpenModal onClose={() => setOpening(false)} />}
    </Space>
  );
}
