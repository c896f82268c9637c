import { Button, Card, Col, InputNumber, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectAction, ProjectStatus, RoomView } from '@jishi/shared';
import { useCan } from '../auth/session.ts';
import { PremisesModal, ProjectActionModal, ProjectModal, RoomModal } from './premises-forms.tsx';
import {
  useAreaStats,
  usePremises,
  useProjects,
  yuan,
  type PremisesView,
  type ProjectView,
} from '../../lib/services-api.ts';

/** What the console offers per project status (the server's projects.workflow.ts decides; an illegal move is a 409). */
const PROJECT_NEXT: Record<ProjectStatus, ProjectAction[]> = {
  planned: ['start', 'cancel'],
  in_progress: ['complete', 'cancel'],
  completed: [],
  cancelled: [],
};

/** Premises with rooms, and the area figures of a year (total, added, 1000 m² share, national check). */
export function PremisesTab() {
  const { t } = useTranslation();
  const premises = usePremises();
  const [year, setYear] = useState(2015);
  const s = useAreaStats(`${year}-01-01`, `${year}-12-31`).data;
  const writable = useCan()('service:write');
  const [editing, setEditing] = useState<PremisesView | 'new' | null>(null);
  const [room, setRoom] = useState<{ premisesId: string; room?: RoomView } | null>(null);
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <InputNumber addonBefore={t('svc.year')} value={year} min={2000} max={2100} onChange={(v) => v && setYear(v)} />
        {writable && (
          <Button type="primary" onClick={() => setEditing('new')} data-testid="premises-add">
            {t('svc.addPremises')}
          </Button>
        )}
      </Space>
      {editing && <PremisesModal premises={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
      {room && <RoomModal premisesId={room.premisesId} room={room.room} onClose={() => setRoom(null)} />}
      {s && (
        <Row gutter={16} style={{ marginBottom: 16 }}>
          <Col span={6}>
            <Card>
              <Statistic title={`${t('svc.totalArea')}（${s.to.slice(0, 4)}）`} value={s.totalAreaM2} suffix="㎡" />
            </Card>
          </Col>
          <Col span={6}>
            <Card>
              <Statistic title={t('svc.addedArea')} value={s.addedM2} suffix="㎡" />
            </Card>
          </Col>
          <Col span={6}>
            <Card>
              <Statistic
                title={t('svc.targetShare')}
                value={s.targetSharePercent}
                suffix={`% (${s.communitiesMeetingTarget}/${s.communityCount})`}
              />
            </Card>
          </Col>
          <Col span={6}>
            <Card>
              <Statistic
                title={t('svc.national')}
                value={s.communities.filter((c) => c.meetsNational).length}
                suffix={`/ ${s.communityCount}`}
              />
            </Card>
          </Col>
        </Row>
      )}
      <Table
        rowKey="id"
        size="small"
        loading={premises.isPending}
        dataSource={premises.data ?? []}
        expandable={{
          expandedRowRender: (p) => (
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={p.rooms}
              columns={[
                { title: t('svc.room'), dataIndex: 'name' },
                { title: t('svc.rooms'), dataIndex: 'kind', render: (k: string) => t(`roomKind.${k}`) },
                { title: t('svc.capacity'), dataIndex: 'capacity' },
                { title: t('svc.bookable'), dataIndex: 'bookable', render: (b: boolean) => (b ? '✓' : '—') },
                { title: t('svc.needsApproval'), dataIndex: 'needsApproval', render: (b: boolean) => (b ? '✓' : '—') },
                {
                  title: t('svc.calendar'),
                  key: 'ics',
                  render: (_: unknown, r) => r.bookable && <a href={`/api/public/rooms/${r.id}/calendar.ics`}>.ics</a>,
                },
                ...(writable
                  ? [
                      {
                        title: t('svc.actions'),
                        key: 'edit',
                        render: (_: unknown, r: RoomView) => (
                          <Typography.Link
                            onClick={() => setRoom({ premisesId: p.id, room: r })}
                            data-testid="room-edit"
                          >
                            {t('common.edit')}
                          </Typography.Link>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          ),
        }}
        columns={[
          { title: t('svc.community'), dataIndex: 'unitName' },
          { title: t('svc.premisesName'), dataIndex: 'name' },
          { title: t('svc.area'), dataIndex: 'totalAreaM2', render: (n: number) => `${n} ㎡` },
          { title: t('svc.obtained'), dataIndex: 'obtained', render: (o: string) => t(`obtained.${o}`) },
          { title: t('svc.openingHours'), dataIndex: 'openingHours' },
          { title: t('svc.rooms'), key: 'n', render: (_: unknown, p) => p.rooms.length },
          ...(writable
            ? [
                {
                  title: t('svc.actions'),
                  key: 'a',
                  render: (_: unknown, p: PremisesView) => (
                    <Space>
                      <Typography.Link onClick={() => setEditing(p)} data-testid="premises-edit">
                        {t('common.edit')}
                      </Typography.Link>
                      <Typography.Link onClick={() => setRoom({ premisesId: p.id })} data-testid="room-add">
                        {t('svc.addRoom')}
                      </Typography.Link>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
    </>
  );
}

export function ProjectsTab() {
  const { t } = useTranslation();
  const projects = useProjects();
  const writable = useCan()('service:write');
  const [adding, setAdding] = useState(false);
  const [moving, setMoving] = useState<{ project: ProjectView; action: ProjectAction } | null>(null);
  return (
    <>
      {writable && (
        <Button type="primary" onClick={() => setAdding(true)} data-testid="project-add" style={{ marginBottom: 12 }}>
          {t('svc.addProject')}
        </Button>
      )}
      {adding && <ProjectModal onClose={() => setAdding(false)} />}
      {moving && <ProjectActionModal project={moving.project} action={moving.action} onClose={() => setMoving(null)} />}
      <Table
        rowKey="id"
        size="small"
        loading={projects.isPending}
        dataSource={projects.data ?? []}
        columns={[
          { title: t('svc.community'), dataIndex: 'unitName' },
          { title: t('svc.project'), dataIndex: 'name' },
          { title: t('svc.budget'), dataIndex: 'budgetFen', render: yuan },
          { title: t('svc.fundSource'), dataIndex: 'fundSource' },
          {
            title: t('svc.priorities'),
            key: 'p',
            render: (_: unknown, j) =>
              (
                [
                  ['svc.priorityProject', j.priorityProject],
                  ['svc.priorityFunds', j.priorityFunds],
                  ['svc.priorityEquipment', j.priorityEquipment],
                ] as const
              ).map(([label, on]) => (
                <Tag key={label} color={on ? 'red' : undefined}>
                  {t(label)}
                </Tag>
              )),
          },
          { title: t('svc.status'), dataIndex: 'status', render: (s: string) => <Tag>{t(`projectStatus.${s}`)}</Tag> },
          {
            title: t('svc.addedM2'),
            key: 'a',
            render: (_: unknown, j) => `${j.status === 'completed' ? j.areaAddedM2 : j.plannedAreaM2} ㎡`,
          },
          { title: t('svc.completedOn'), dataIndex: 'completedOn' },
          ...(writable
            ? [
                {
                  title: t('svc.actions'),
                  key: 'act',
                  render: (_: unknown, j: ProjectView) => (
                    <Space>
                      {PROJECT_NEXT[j.status].map((a) => (
                        <Button
                          key={a}
                          size="small"
                          danger={a === 'cancel'}
                          onClick={() => setMoving({ project: j, action: a })}
                          data-testid={`project-${a}`}
                        >
                          {t(`projectAction.${a}`)}
                        </Button>
                      ))}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
    </>
  );
}
