import { Card, Col, InputNumber, Row, Statistic, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAreaStats, usePremises, useProjects, yuan } from './services-api.ts';

/** Premises with rooms, and the area figures of a year (total, added, 1000 m² share, national check). */
export function PremisesTab() {
  const { t } = useTranslation();
  const premises = usePremises();
  const [year, setYear] = useState(2015);
  const s = useAreaStats(`${year}-01-01`, `${year}-12-31`).data;
  return (
    <>
      <InputNumber addonBefore={t('svc.year')} value={year} min={2000} max={2100} onChange={(v) => v && setYear(v)} style={{ marginBottom: 12 }} />
      {s && (
        <Row gutter={16} style={{ marginBottom: 16 }}>
          <Col span={6}><Card><Statistic title={`${t('svc.totalArea')}（${s.to.slice(0, 4)}）`} value={s.totalAreaM2} suffix="㎡" /></Card></Col>
          <Col span={6}><Card><Statistic title={t('svc.addedArea')} value={s.addedM2} suffix="㎡" /></Card></Col>
          <Col span={6}><Card><Statistic title={t('svc.targetShare')} value={s.targetSharePercent} suffix={`% (${s.communitiesMeetingTarget}/${s.communityCount})`} /></Card></Col>
          <Col span={6}><Card><Statistic title={t('svc.national')} value={s.communities.filter((c) => c.meetsNational).length} suffix={`/ ${s.communityCount}`} /></Card></Col>
        </Row>
      )}
      <Table rowKey="id" size="small" loading={premises.isPending} dataSource={premises.data ?? []}
        expandable={{ expandedRowRender: (p) => (
          <Table rowKey="id" size="small" pagination={false} dataSource={p.rooms} columns={[
            { title: t('svc.room'), dataIndex: 'name' },
            { title: t('svc.rooms'), dataIndex: 'kind', render: (k: string) => t(`roomKind.${k}`) },
            { title: t('svc.capacity'), dataIndex: 'capacity' },
            { title: t('svc.bookable'), dataIndex: 'bookable', render: (b: boolean) => (b ? '✓' : '—') },
            { title: t('svc.needsApproval'), dataIndex: 'needsApproval', render: (b: boolean) => (b ? '✓' : '—') },
            { title: t('svc.calendar'), key: 'ics', render: (_: unknown, r) => r.bookable && <a href={`/api/public/rooms/${r.id}/calendar.ics`}>.ics</a> },
          ]} />
        ) }}
        columns={[
          { title: t('svc.community'), dataIndex: 'unitName' },
          { title: t('svc.premisesName'), dataIndex: 'name' },
          { title: t('svc.area'), dataIndex: 'totalAreaM2', render: (n: number) => `${n} ㎡` },
          { title: t('svc.obtained'), dataIndex: 'obtained', render: (o: string) => t(`obtained.${o}`) },
          { title: t('svc.openingHours'), dataIndex: 'openingHours' },
          { title: t('svc.rooms'), key: 'n', render: (_: unknown, p) => p.rooms.length },
        ]} />
    </>
  );
}

export function ProjectsTab() {
  const { t } = useTranslation();
  const projects = useProjects();
  return (
    <Table rowKey="id" size="small" loading={projects.isPending} dataSource={projects.data ?? []} columns={[
      { title: t('svc.community'), dataIndex: 'unitName' },
      { title: t('svc.project'), dataIndex: 'name' },
      { title: t('svc.budget'), dataIndex: 'budgetFen', render: yuan },
      { title: t('svc.fundSource'), dataIndex: 'fundSource' },
      { title: t('svc.priorities'), key: 'p', render: (_: unknown, j) => [j.priorityProject, j.priorityFunds, j.priorityEquipment].map((on, i) => <Tag key={i} color={on ? 'red' : undefined}>{t(['svc.priorityProject', 'svc.priorityFunds', 'svc.priorityEquipment'][i])}</Tag>) },
      { title: t('svc.status'), dataIndex: 'status', render: (s: string) => <Tag>{t(`projectStatus.${s}`)}</Tag> },
      { title: t('svc.addedM2'), key: 'a', render: (_: unknown, j) => `${j.status === 'completed' ? j.areaAddedM2 : j.plannedAreaM2} ㎡` },
      { title: t('svc.completedOn'), dataIndex: 'completedOn' },
    ]} />
  );
}
