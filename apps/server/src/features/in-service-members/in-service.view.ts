import type { InServiceEvaluationTable } from './in-service.table.ts';
import type { MemberRow } from './in-service.repo.ts';

type Grade = 'excellent' | 'good' | 'fair' | 'poor';
export const GRADE_ZH: Record<Grade, string> = { excellent: '优秀', good: '良好', fair: '一般', poor: '较差' };

/** An in-service member as shown: the phone only masked. */
export function memberToView(m: MemberRow, evaluations: InServiceEvaluationTable[]) {
  return {
    id: m.id,
    communityId: m.community_id,
    name: m.name,
    phoneMasked: m.phone_mask,
    workUnit: m.work_unit,
    workPartyOrg: m.work_party_org,
    skills: m.skills,
    postId: m.post_id,
    postName: m.post_name,
    gridId: m.grid_id,
    branchId: m.branch_id,
    branchName: m.branch_name,
    source: m.source,
    registeredOn: m.registered_on,
    serviceCount: Number(m.service_count ?? 0),
    serviceMinutes: Number(m.service_minutes ?? 0),
    evaluations: evaluations
      .filter((e) => e.member_id === m.id)
      .map((e) => ({ year: e.year, grade: e.grade, comment: e.comment })),
  };
}
