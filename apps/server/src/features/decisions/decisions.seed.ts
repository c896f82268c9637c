import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import type { SeedContext } from '../../seed-context.ts';
import { installStandardProcedures } from './standards.service.ts';
import { saveNewMatter } from './matters.service.ts';
import { saveMeeting, saveNotice } from './stages.service.ts';
import { addProgress, rateMatter, setImplementation } from './implementation.service.ts';
import { closePeriod } from './periods.service.ts';
import { createProposal } from './proposals.service.ts';
import { listCatalog } from './catalog.service.ts';
import { addFollowUp, addOpinion, createMeeting } from './meetings.service.ts';
import { COMMUNITIES } from '../../seed/demo-subdistrict.ts';
import {
  COMMUNITY_TOPICS,
  DEMO_PROPOSALS,
  DEMO_SUFFIX,
  SOLVED_2015_PER_COMMUNITY,
  SOLVED_2015_PER_VILLAGE,
  SUBDISTRICT_MEETINGS_2015,
  VILLAGE_TOPICS,
} from './decisions.demo-data.ts';
import { pick } from '../../seed/people-generator.ts';
import { addDays, today } from '../../platform/local-date.ts';

type Stage = { seq: number; kind: string; noticeDays: number | null };

/** Runs a matter through its stages from `start` (one day apart, notices for their period) up to `through`. */
async function run(
  deps: Deps,
  actor: Actor,
  matterId: string,
  stages: Stage[],
  start: string,
  through: number,
  attendees: string[],
  rand: () => number,
  spread = true,
) {
  const gap = (max: number) => (spread ? 1 + Math.floor(rand() * max) : 1);
  let day = start;
  for (const s of stages.filter((x) => x.seq <= through)) {
    if (s.kind === 'notice') {
      const until = addDays(day, (s.noticeDays ?? 7) - 1);
      const content =
        s.seq === stages.length
          ? '项目已按决议实施完毕，欢迎居民监督评价。（演示）'
          : '经会议表决通过，现予公示，公示期内如有异议请向社区反映。（演示）';
      await saveNotice(deps, actor, matterId, { stageSeq: s.seq, noticeFrom: day, noticeUntil: until, content });
      day = addDays(until, gap(10));
    } else {
      const due = s.kind === 'meeting' ? 7 + Math.floor(rand() * 30) : 0;
      const present = Math.ceil((due * 2) / 3) + Math.floor(rand() * Math.max(1, Math.floor(due / 3)));
      const tally =
        s.kind === 'meeting'
          ? { due, present: Math.min(present, due), votesFor: Math.min(present, due), votesAgainst: 0, votesAbstain: 0 }
          : {};
      await saveMeeting(deps, actor, matterId, {
        stageSeq: s.seq,
        mergeNext: false,
        heldOn: day,
        place: s.kind === 'meeting' ? '社区议事厅' : '社区广场及各楼院',
        form: 'in_person',
        attendees: attendees.map((residentId) => ({ residentId })),
        minutes: '会议按程序进行，记录见附件。（演示）',
        ...tally,
      });
      day = addDays(day, gap(3));
    }
  }
}

/** 112 problems solved in 2015 across the halls, some matters under way now, proposals, subdistrict meetings; 2015 closed. */
export async function seedDecisions(deps: Deps, ctx: SeedContext): Promise<void> {
  const { system: actor, territory: t, residents } = ctx;
  const residentActor = await ctx.actorOf('resident');
  const rand = ctx.random(110);
  const ids = await installStandardProcedures(deps, actor, t.subdistrictId);
  const stagesOf = async (templateId: string): Promise<Stage[]> => {
    const m = await deps.db
      .selectFrom('decision_template_stages')
      .select(['seq', 'body', 'notice_days'])
      .where('template_id', '=', templateId)
      .orderBy('seq')
      .execute();
    return m.map((s) => ({
      seq: s.seq,
      kind: s.body.endsWith('_notice') ? 'notice' : s.body === 'solicitation' ? 'solicitation' : 'meeting',
      noticeDays: s.notice_days,
    }));
  };
  const localToday = today(deps.clock);
  const recentlySolved = new Map<string, string>();
  for (const c of COMMUNITIES) {
    const unitId = t.communities.get(c.name) as string;
    const village = c.kind === 'village';
    const templateId = village ? ids.four_deliberations : ids.one_solicitation;
    const stages = await stagesOf(templateId);
    const topics = village ? VILLAGE_TOPICS : COMMUNITY_TOPICS;
    const pool = residents.get(c.name) ?? [];
    const open = (title: string, openedOn: string) =>
      saveNewMatter(deps, actor, {
        unitId,
        templateId,
        title: `${title}${DEMO_SUFFIX}`,
        description: '',
        source: 'assigned',
        sourceNote: '居民反映、社区党组织梳理（演示）',
        oneShoulder: village,
        openedOn,
      });
    const solved = village ? SOLVED_2015_PER_VILLAGE : SOLVED_2015_PER_COMMUNITY;
    for (let i = 0; i < solved; i++) {
      const start = `2015-${String(1 + Math.floor((i * 10) / solved)).padStart(2, '0')}-${String(3 + Math.floor(rand() * 5)).padStart(2, '0')}`;
      const m = await open(topics[i % topics.length], start);
      await run(
        deps,
        actor,
        m,
        stages,
        start,
        stages.length,
        [...new Set([pick(rand, pool), pick(rand, pool)])].filter(Boolean),
        rand,
      );
    }
    // Recent: a result on the board now, one in implementation (resolution notice up), one returned after a missed quorum.
    const recent = await open(topics[solved % topics.length], addDays(localToday, -16));
    await run(deps, actor, recent, stages, addDays(localToday, -16), stages.length, [], rand, false);
    recentlySolved.set(c.name, recent);
    const implementing = await open(topics[(solved + 1) % topics.length], addDays(localToday, -10));
    await run(deps, actor, implementing, stages, addDays(localToday, -10), stages.length - 1, [], rand, false);
    await setImplementation(deps, actor, implementing, {
      owner: `${c.name}居委会（演示）`,
      dueOn: addDays(localToday, 60),
    });
    await addProgress(deps, actor, implementing, {
      notedOn: localToday,
      note: '已完成施工单位比选。（演示）',
      percent: 30,
    });
    const deliberating = await open(topics[(solved + 2) % topics.length], addDays(localToday, -6));
    await run(deps, actor, deliberating, stages, addDays(localToday, -6), 2, [], rand, false);
    // The third stage missed its quorum: recorded, not advanced; the hall will convene it again.
    await saveMeeting(deps, actor, deliberating, {
      stageSeq: 3,
      mergeNext: false,
      heldOn: addDays(localToday, -4),
      place: '社区议事厅',
      form: 'in_person',
      attendees: [],
      due: 9,
      present: 4,
      votesFor: 4,
      votesAgainst: 0,
      votesAbstain: 0,
      minutes: '到会人数不足，会议改期。（演示）',
    });
  }
  if (residentActor) {
    const unitId = t.communities.get('秦江社区') as string;
    for (const p of DEMO_PROPOSALS)
      await createProposal(deps, residentActor, { unitId, title: `${p.title}${DEMO_SUFFIX}`, content: p.content });
    await rateMatter(deps, residentActor, recentlySolved.get('秦江社区') as string, {
      score: 5,
      comment: '问题解决得很及时，感谢社区。（演示）',
    });
  }
  await seedSubdistrictMeetings(deps, actor, t.subdistrictId);
  for (let month = 1; month <= 12; month++)
    await closePeriod(deps, actor, { unitId: t.subdistrictId, month: `2015-${String(month).padStart(2, '0')}` });
}

async function seedSubdistrictMeetings(deps: Deps, actor: Actor, subdistrictId: string): Promise<void> {
  const catalog = (await listCatalog(deps, actor)).items.filter((c) => c.unitId === subdistrictId);
  const named = (name: string) => catalog.find((c) => c.name === name)?.id as string;
  for (const m of SUBDISTRICT_MEETINGS_2015) {
    const meeting = await createMeeting(deps, actor, {
      unitId: subdistrictId,
      typeId: named(m.type),
      title: m.title,
      heldOn: m.heldOn,
      place: m.place,
      host: '党工委书记（演示）',
      attendees: [
        { name: '党工委书记（演示）', title: '党工委书记' },
        { name: '办事处主任（演示）', title: '办事处主任' },
        { name: '纪工委书记（演示）', title: '纪工委书记' },
      ],
      summary: '',
      agenda: m.agenda.map((a) => ({ ...a, decisions: a.decisions })),
    });
    for (const item of meeting.agenda) {
      for (const d of item.decisions)
        await addFollowUp(deps, actor, d.id, { notedOn: d.dueOn, note: '已按期完成。（演示）', status: 'done' });
    }
    await addOpinion(deps, actor, meeting.id, {
      roleId: named('居务监督委员会监督'),
      author: '居务监督委员会（演示）',
      opinion: '议事程序完整，建议及时公开经费使用情况。（演示）',
    });
  }
}
