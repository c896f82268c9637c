import type { EvaluationGrade } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { SeedContext } from '../../seed-context.ts';
import { newId } from '../../platform/ids.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { auditedBatches } from '../audit/audit.service.ts';
import { allBranches } from '../party-orgs/party-orgs.service.ts';
import { personName, pick } from '../../seed/people-generator.ts';
import { DEMO_YEAR as YEAR, demoDay as day } from '../../seed/demo-year.ts';
import { insertEvaluation, insertJointUnit, insertMembers, insertPost, insertRecords } from './in-service.repo.ts';
import type { InServiceMemberTable } from './in-service.table.ts';

const EMPLOYERS = [
  ['郑州市电力公司', '郑州市电力公司党委'],
  ['中原区教育局', '中原区教育局机关党委'],
  ['郑州市自来水公司', '郑州市自来水公司党委'],
  ['中原区人民法院', '中原区人民法院党组'],
  ['郑州市第一中学', '郑州市第一中学党总支'],
] as const;

/**
 * In-service members in 2015: 63 registered, service posts and joint-building units per community, service records
 * and the yearly evaluation. Bulk-inserted through the repo, one audit record per batch (action `*.seed`).
 */
export async function seedInServiceMembers(deps: Deps, ctx: SeedContext): Promise<void> {
  const { system: actor, communities } = ctx;
  const rand = ctx.random(2016);
  const branches = await allBranches(deps.db);
  const now = nowIsoOf(deps.clock);
  const path = ctx.subdistrictPath;
  const posts = new Map<string, string[]>();
  const postRows = communities.flatMap((c) =>
    ['政策宣传岗', '文明劝导岗', '治安巡逻岗', '助老助残岗', '环境保护岗', '法律咨询岗'].map((name) => ({
      id: newId(),
      community_id: c.id,
      name,
      description: `${name}（演示）`,
      created_at: now,
    })),
  );
  for (const r of postRows) posts.set(r.community_id, [...(posts.get(r.community_id) ?? []), r.id]);
  await auditedBatches(deps, actor, 'service_post.seed', path, postRows, async (db, rows) => {
    for (const r of rows) await insertPost(db, r);
  });
  const jointRows = communities.flatMap((c) =>
    (
      [
        ['中原区税务局', '中原区税务局党组'],
        ['郑州市第九人民医院', '郑州市第九人民医院党委'],
      ] as const
    ).map(([unit, org]) => ({
      id: newId(),
      community_id: c.id,
      name: unit,
      party_org: org,
      contact_name: personName(rand),
      commitments: '结对共建、志愿服务',
      registered_on: day(3, 1),
      created_at: now,
    })),
  );
  await auditedBatches(deps, actor, 'joint_unit.seed', path, jointRows, async (db, rows) => {
    for (const r of rows) await insertJointUnit(db, r);
  });
  const serviceRecords = [];
  const inService: InServiceMemberTable[] = [];
  const evaluations = [];
  for (let i = 0; i < 63; i++) {
    const c = communities[i % communities.length];
    const [workUnit, workPartyOrg] = EMPLOYERS[i % EMPLOYERS.length];
    const home = branches.filter((b) => b.community_id === c.id); // received by one of the community's branches
    const m: InServiceMemberTable = {
      id: newId(),
      community_id: c.id,
      user_id: null,
      name: personName(rand),
      phone_enc: null,
      phone_bidx: null,
      phone_mask: null,
      work_unit: workUnit,
      work_party_org: workPartyOrg,
      skills: pick(rand, ['法律', '医疗', '教育', '维修', '文艺', '电脑']),
      post_id: pick(rand, posts.get(c.id) ?? []),
      grid_id: null,
      branch_id: home[Math.floor(i / communities.length) % home.length]?.id ?? null,
      source: 'paper',
      registered_on: day(1 + (i % 10), 5 + (i % 20)),
      demo: 1,
      created_at: now,
      updated_at: now,
    };
    inService.push(m);
    for (let k = 0; k < 4 + Math.floor(rand() * 6); k++) {
      serviceRecords.push({
        id: newId(),
        member_id: m.id,
        served_on: day(2 + Math.floor(rand() * 10), 1 + Math.floor(rand() * 27)),
        description: '社区志愿服务',
        minutes: 60 + Math.floor(rand() * 120),
        recorded_by: actor.userId,
        created_at: now,
      });
    }
    if (i % 9 !== 4)
      evaluations.push({
        id: newId(),
        member_id: m.id,
        year: YEAR,
        grade: pick<EvaluationGrade>(rand, ['excellent', 'good', 'good', 'fair']),
        comment: '',
        evaluated_by: actor.userId,
        created_at: now,
      });
  }
  await auditedBatches(deps, actor, 'in_service.seed', path, inService, insertMembers);
  await auditedBatches(deps, actor, 'in_service.seed_records', path, serviceRecords, insertRecords);
  await auditedBatches(deps, actor, 'in_service.seed_evaluations', path, evaluations, async (db, rows) => {
    for (const r of rows) await insertEvaluation(db, r);
  });
}
