import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  PREMISES_OBTAINED,
  PROJECT_ADDS,
  ROOM_KINDS,
  premisesBody,
  premisesPatchBody,
  projectActionBody,
  projectBody,
  roomBody,
  roomPatchBody,
  type ProjectAction,
  type RoomView,
} from '@jishi/shared';
import { CreateEntityModal } from '../../components/create-entity-modal.tsx';
import { compact } from '../../lib/form-validation.ts';
import { todayIso } from '../../lib/format.ts';
import { testId } from '../../lib/test-id.ts';
import {
  CommunityField,
  DateField,
  IntField,
  SwitchField,
  TextField,
  YuanField,
  fenOf,
} from '../../components/service-form-fields.tsx';
import { usePremises, useServicesWrite, type PremisesView, type ProjectView } from '../../lib/services-api.ts';

type Values = Record<string, unknown>;

/** 新增/编辑服务阵地: a community's premises (area, how obtained, address, opening hours). */
export function PremisesModal({ premises, onClose }: { premises?: PremisesView; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useServicesWrite<unknown>(() => '/api/services/premises');
  const patch = useServicesWrite<unknown>(() => `/api/services/premises/${premises?.id}`, undefined, 'PATCH');
  const fields = (
    <>
      <TextField name="name" label={t('svc.premisesName')} testId="premises-name" max={100} />
      <IntField name="areaM2" label={t('svc.area')} testId="premises-area" min={1} suffix="㎡" />
      <Form.Item name="obtained" label={t('svc.obtained')} required>
        <Select
          data-testid="premises-obtained"
          options={PREMISES_OBTAINED.map((o) => ({ value: o, label: t(`obtained.${o}`) }))}
        />
      </Form.Item>
      <TextField name="address" label={t('svc.address')} testId="premises-address" max={200} />
      <TextField name="openingHours" label={t('svc.openingHours')} testId="premises-hours" max={100} />
      <DateField name="inUseFrom" label={t('svc.inUseFrom')} testId="premises-in-use" />
    </>
  );
  if (premises) {
    const { name, areaM2, obtained, address, openingHours, inUseFrom } = premises;
    return (
      <CreateEntityModal<Values, typeof premisesPatchBody>
        open
        title={t('svc.editPremises')}
        onClose={onClose}
        schema={premisesPatchBody}
        toInput={compact}
        mutation={patch}
        successText={t('common.saved')}
        okButtonProps={testId('premises-submit')}
        initialValues={{ name, areaM2, obtained, address, openingHours, inUseFrom }}
      >
        {fields}
      </CreateEntityModal>
    );
  }
  return (
    <CreateEntityModal<Values, typeof premisesBody>
      open
      title={t('svc.addPremises')}
      onClose={onClose}
      schema={premisesBody}
      toInput={compact}
      mutation={create}
      okButtonProps={testId('premises-submit')}
      initialValues={{ obtained: 'built_with_housing', inUseFrom: todayIso() }}
    >
      <CommunityField testId="premises-unit" />
      {fields}
    </CreateEntityModal>
  );
}

/** 新增/编辑功能室: a room of a premises, its capacity and whether it can be booked (and needs approval). */
export function RoomModal({ premisesId, room, onClose }: { premisesId: string; room?: RoomView; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useServicesWrite<unknown>(() => `/api/services/premises/${premisesId}/rooms`);
  const patch = useServicesWrite<unknown>(() => `/api/services/rooms/${room?.id}`, undefined, 'PATCH');
  const body = (
    <>
      <TextField name="name" label={t('svc.room')} testId="room-name" max={60} />
      <Form.Item name="kind" label={t('svc.roomKind')} required>
        <Select data-testid="room-kind" options={ROOM_KINDS.map((k) => ({ value: k, label: t(`roomKind.${k}`) }))} />
      </Form.Item>
      <IntField name="capacity" label={t('svc.capacity')} testId="room-capacity" min={1} />
      <SwitchField name="bookable" label={t('svc.bookable')} testId="room-bookable" />
      <SwitchField name="needsApproval" label={t('svc.needsApproval')} testId="room-approval" />
    </>
  );
  if (room) {
    const { name, kind, capacity, bookable, needsApproval } = room;
    return (
      <CreateEntityModal<Values, typeof roomPatchBody>
        open
        title={t('svc.editRoom')}
        onClose={onClose}
        schema={roomPatchBody}
        toInput={compact}
        mutation={patch}
        successText={t('common.saved')}
        okButtonProps={testId('room-submit')}
        initialValues={{ name, kind, capacity, bookable, needsApproval }}
      >
        {body}
      </CreateEntityModal>
    );
  }
  return (
    <CreateEntityModal<Values, typeof roomBody>
      open
      title={t('svc.addRoom')}
      onClose={onClose}
      schema={roomBody}
      toInput={compact}
      mutation={create}
      okButtonProps={testId('room-submit')}
      initialValues={{ kind: 'meeting', bookable: true, needsApproval: false }}
    >
      {body}
    </CreateEntityModal>
  );
}

/** 新增建设项目: budget in yuan (sent as fen), fund source, the three priorities, planned area. */
export function ProjectModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const premises = usePremises();
  const create = useServicesWrite<unknown>(() => '/api/services/projects');
  return (
    <CreateEntityModal<Values, typeof projectBody>
      open
      title={t('svc.addProject')}
      onClose={onClose}
      schema={projectBody}
      toInput={(v) => compact({ ...v, budgetFen: fenOf(v.budgetFen) })}
      mutation={create}
      okButtonProps={testId('project-submit')}
      initialValues={{
        adds: 'area',
        plannedAreaM2: 0,
        priorityProject: true,
        priorityFunds: true,
        priorityEquipment: true,
      }}
    >
      <Form.Item name="premisesId" label={t('svc.premisesName')} required>
        <Select
          data-testid="project-premises"
          options={(premises.data ?? []).map((p) => ({ value: p.id, label: `${p.unitName} · ${p.name}` }))}
        />
      </Form.Item>
      <TextField name="name" label={t('svc.project')} testId="project-name" max={100} />
      <Form.Item name="adds" label={t('svc.adds')} required>
        <Select
          data-testid="project-adds"
          options={PROJECT_ADDS.map((a) => ({ value: a, label: t(`projectAdds.${a}`) }))}
        />
      </Form.Item>
      <YuanField name="budgetFen" label={t('svc.budget')} testId="project-budget" />
      <TextField name="fundSource" label={t('svc.fundSource')} testId="project-fund-source" max={100} />
      <SwitchField name="priorityProject" label={t('svc.priorityProject')} testId="project-p1" />
      <SwitchField name="priorityFunds" label={t('svc.priorityFunds')} testId="project-p2" />
      <SwitchField name="priorityEquipment" label={t('svc.priorityEquipment')} testId="project-p3" />
      <IntField name="plannedAreaM2" label={t('svc.plannedArea')} testId="project-area" suffix="㎡" />
      <TextField
        name="equipment"
        label={t('svc.equipment')}
        testId="project-equipment"
        area
        required={false}
        max={500}
      />
    </CreateEntityModal>
  );
}

/** Moves a project on (start / complete / cancel) on a date; completion records the area actually added. */
export function ProjectActionModal({
  project,
  action,
  onClose,
}: {
  project: ProjectView;
  action: ProjectAction;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const act = useServicesWrite<unknown>(() => `/api/services/projects/${project.id}/actions`);
  return (
    <CreateEntityModal<Values, typeof projectActionBody>
      open
      title={`${t(`projectAction.${action}`)} · ${project.name}`}
      onClose={onClose}
      schema={projectActionBody}
      toInput={(v) => compact({ ...v, action })}
      mutation={act}
      successText={t('common.saved')}
      okButtonProps={testId('project-action-submit')}
      initialValues={{ on: todayIso(), ...(action === 'complete' ? { areaAddedM2: project.plannedAreaM2 } : {}) }}
    >
      <DateField name="on" label={t('svc.date')} testId="project-action-on" />
      {action === 'complete' && (
        <IntField name="areaAddedM2" label={t('svc.addedM2')} testId="project-action-area" suffix="㎡" />
      )}
    </CreateEntityModal>
  );
}
