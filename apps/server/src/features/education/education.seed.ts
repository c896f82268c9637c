import type { Deps } from '../../deps.ts';
import type { SeedContext } from '../../seed-context.ts';
import { newId } from '../../platform/ids.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { audited, auditedBatches } from '../audit/audit.service.ts';
import { allBranches } from '../party-orgs/party-orgs.service.ts';
import { allMemberBranches } from '../party-members/party-members.service.ts';
import { DEMO_YEAR as YEAR, demoDay as day } from '../../seed/demo-year.ts';
import { createCourse } from './education.service.ts';
import { insertMemberAccount, insertPlan, insertRecords } from './education.repo.ts';

/**
 * Education in 2015: courses (through the service), a study plan per branch and learning records for most members
 * (bulk-inserted, one audit record per batch, action `*.seed`), and the demo member account linked to a member.
 */
export async function seedEducation(deps: Deps, ctx: SeedContext): Promise<void> {
  const { system: actor, territory: t } = ctx;
  const rand = ctx.random(2016);
  const branches = await allBranches(deps.db);
  const courseIds: string[] = [];
  for (const [title, kind, minutes] of [
    ['学习《中国共产党章程》', 'article', 45],
    ['"三严三实"专题教育', 'article', 60],
    ['社区治理与基层党建', 'pdf', 90],
    ['党员先锋模范作用', 'video', 30],
    ['廉洁自律准则解读', 'article', 40],
    ['志愿服务记录办法', 'article', 20],
  ] as const) {
    const c = await createCourse(deps, actor, {
      unitId: t.subdistrictId,
      title,
      kind,
      minutes,
      body: `${title}（演示课程）`,
      quiz: [{ question: `${title}：是否已学习？`, options: ['是', '否'], answer: 0 }],
    });
    courseIds.push(c.id);
  }
  const members = await allMemberBranches(deps.db);
  await auditedBatches(
    deps,
    actor,
    'study_plan.seed',
    ctx.subdistrictPath,
    branches.map((b) => ({
      id: newId(),
      branch_id: b.id,
      year: YEAR,
      title: `${b.name}${YEAR}年学习计划`,
      course_ids: JSON.stringify(courseIds),
      created_at: nowIsoOf(deps.clock),
    })),
    async (db, rows) => {
      for (const r of rows) await insertPlan(db, r);
    },
  );
  const now = nowIsoOf(deps.clock);
  const learning = members
    .filter(() => rand() < 0.75)
    .flatMap((m) =>
      courseIds
        .filter(() => rand() < 0.6)
        .map((courseId) => ({
          id: newId(),
          course_id: courseId,
          member_id: m.id,
          minutes: 20 + Math.floor(rand() * 60),
          completed: rand() < 0.7 ? 1 : 0,
          quiz_score: rand() < 0.5 ? 100 : null,
          created_at: `${day(1 + Math.floor(rand() * 12), 10)}T08:00:00.000Z`,
          updated_at: `${day(1 + Math.floor(rand() * 12), 20)}T08:00:00.000Z`,
        })),
    );
  await auditedBatches(deps, actor, 'learning.seed', ctx.subdistrictPath, learning, insertRecords);
  const memberAccount = await ctx.actorOf('member');
  if (memberAccount) {
    const qinjiang = branches.find((b) => b.name === '秦江社区第一党支部');
    const m = members.find((x) => x.branch_id === qinjiang?.id);
    if (m)
      await audited(
        deps,
        actor,
        { action: 'member_account.link', subjectType: 'party_member', subjectId: m.id, orgPath: ctx.subdistrictPath },
        (trx) => insertMemberAccount(trx, { user_id: memberAccount.userId, member_id: m.id, linked_at: now }),
      );
  }
}
