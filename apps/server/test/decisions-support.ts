import type { MatterView } from '@jishi/shared';
import type { Deps } from '../src/deps.ts';
import type { Fixture } from './fixture.ts';
import { systemActor } from '../src/features/auth/system-actor.ts';
import { installStandardProcedures } from '../src/features/decisions/standards.service.ts';
import { getMatter, openMatter } from '../src/features/decisions/matters.service.ts';
import { publishNotice, recordMeeting } from '../src/features/decisions/stages.service.ts';
import { createProposal } from '../src/features/decisions/proposals.service.ts';
import { createCatalogItem, listCatalog } from '../src/features/decisions/catalog.service.ts';
import { createMeeting } from '../src/features/decisions/meetings.service.ts';
import { systemClock } from '../src/platform/clock.ts';
import { addDays, today } from '../src/platform/local-date.ts';

/** Test helpers for the deliberation hall: standard procedures per fixture subdistrict, matters driven through stages by the services. */
export interface HallTemplates {
  community: string;
  village: string;
}

export async function installDecisions(deps: Deps, fx: Fixture): Promise<[HallTemplates, HallTemplates]> {
  const out: HallTemplates[] = [];
  for (const s of fx.subdistricts) {
    const ids = await installStandardProcedures(deps, systemActor(), s.id);
    out.push({ community: ids.one_solicitation, village: ids.four_deliberations });
  }
  return out as [HallTemplates, HallTemplates];
}

/** A date n days before today (UTC today is never after the Shanghai date the server checks against). */
export const daysAgo = (n: number): string => addDays(today(systemClock), -n);

export async function openAssigned(
  deps: Deps,
  unitId: string,
  templateId: string,
  extra: { title?: string; oneShoulder?: boolean; openedOn?: string } = {},
): Promise<MatterView> {
  return openMatter(deps, systemActor(), {
    unitId,
    templateId,
    title: extra.title ?? '测试议题：楼院停车秩序整治',
    description: '测试',
    source: 'assigned',
    sourceNote: '街道党工委交办',
    oneShoulder: extra.oneShoulder ?? false,
    openedOn: extra.openedOn ?? daysAgo(90),
  });
}

/** A passing meeting body (10 due, 10 present, 10 for). */
export const passingMeeting = (stageSeq: number, heldOn: string) => ({
  stageSeq,
  mergeNext: false,
  heldOn,
  place: '社区会议室',
  form: 'in_person' as const,
  due: 10,
  present: 10,
  votesFor: 10,
  votesAgainst: 0,
  votesAbstain: 0,
  attendees: [{ name: '张主持' }],
  minutes: '会议记录（测试）',
});

/**
 * Records passing stages up to and including `through`, one day apart from `start`; notices run for
 * exactly their notice period and the next stage starts the day after. Returns the matter.
 */
export async function advance(deps: Deps, matterId: string, through: number, start = daysAgo(60)): Promise<MatterView> {
  const actor = systemActor();
  let m = await getMatter(deps, actor, matterId);
  let cursor = m.records.length
    ? addDays(m.records[m.records.length - 1].noticeUntil ?? m.records[m.records.length - 1].heldOn, 1)
    : start;
  while (m.next && m.next.seq <= through) {
    const stage = m.template.stages[m.next.seq - 1];
    if (stage.kind === 'notice') {
      const until = addDays(cursor, (stage.noticeDays ?? 1) - 1);
      m = await publishNotice(deps, actor, matterId, {
        stageSeq: stage.seq,
        noticeFrom: cursor,
        noticeUntil: until,
        content: `${stage.name}：测试公示内容`,
      });
      cursor = addDays(until, 1);
    } else {
      m = await recordMeeting(deps, actor, matterId, passingMeeting(stage.seq, cursor));
      cursor = addDays(cursor, 1);
    }
  }
  return m;
}

/** Objects of one community's hall, for probes and attacks. */
export interface HallObjects {
  communityId: string;
  openMatterId: string;
  implementingMatterId: string;
  completedMatterId: string;
  proposalId: string;
}
/** Objects of one subdistrict's meetings configuration. */
export interface MeetingObjects {
  subdistrictId: string;
  meetingTypeId: string;
  supervisionRoleId: string;
  spareCatalogId: string;
  meetingId: string;
  decisionId: string;
}

export async function hallObjects(deps: Deps, communityId: string, templateId: string): Promise<HallObjects> {
  const open = await openAssigned(deps, communityId, templateId, { title: '开放中的议题' });
  const implementing = await advance(
    deps,
    (await openAssigned(deps, communityId, templateId, { title: '实施中的议题' })).id,
    5,
  );
  const completed = await advance(
    deps,
    (await openAssigned(deps, communityId, templateId, { title: '已完成的议题' })).id,
    6,
  );
  const proposal = await createProposal(deps, systemActor(), {
    unitId: communityId,
    title: '居民提议（测试）',
    content: '建议增设休息座椅',
  });
  return {
    communityId,
    openMatterId: open.id,
    implementingMatterId: implementing.id,
    completedMatterId: completed.id,
    proposalId: proposal.id,
  };
}

export async function meetingObjects(deps: Deps, subdistrictId: string): Promise<MeetingObjects> {
  const actor = systemActor();
  const { items } = await listCatalog(deps, actor);
  const own = items.filter((c) => c.unitId === subdistrictId);
  const spare = await createCatalogItem(deps, actor, {
    unitId: subdistrictId,
    kind: 'meeting_type',
    name: `备用会议类型${subdistrictId.slice(-6)}`,
  });
  const meetingTypeId = own.find((c) => c.kind === 'meeting_type')?.id as string;
  const meeting = await createMeeting(deps, actor, {
    unitId: subdistrictId,
    typeId: meetingTypeId,
    title: '党工委会议（测试）',
    heldOn: daysAgo(3),
    place: '街道会议室',
    attendees: [{ name: '委员甲' }],
    summary: '',
    agenda: [{ title: '议题一', decisions: [{ content: '决定一', owner: '党建办', dueOn: daysAgo(-10) }] }],
  });
  return {
    subdistrictId,
    meetingTypeId,
    supervisionRoleId: own.find((c) => c.kind === 'supervision_role')?.id as string,
    spareCatalogId: spare.id,
    meetingId: meeting.id,
    decisionId: meeting.agenda[0].decisions[0].id,
  };
}
