import { beforeAll, describe, expect, it } from 'vitest';
import { BRANCH_CATEGORIES, type ErrorBody } from '@jishi/shared';
import { countRows, createTestContext, readJson } from '../harness.ts';
import { buildFixture, type Fixture } from '../fixture.ts';
import { clientFor, type Client } from '../sessions.ts';
import { systemClock } from '../../src/platform/clock.ts';
import { today } from '../../src/platform/local-date.ts';

type Ctx = Awaited<ReturnType<typeof createTestContext>>;
interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
interface Org {
  id: string;
  parentId: string | null;
  kind: string;
  category: string | null;
  name: string;
  territoryId: string;
  memberCount: number;
  abilities: { update: boolean; createChild: boolean };
}
interface Member {
  id: string;
  name: string;
  residentId: string | null;
  branchId: string;
  branchName: string;
  memberType: string;
  status: string;
  joinDate: string;
  workUnit: string;
}
interface Worker {
  id: string;
  name: string;
  unitId: string;
  unitName: string;
  post: string;
  origin: string;
  isSunkCadre: boolean;
  isFirstSecretary: boolean;
  joinedOn: string;
}
interface PerCommunity {
  unitId: string;
  name: string;
  kind: string;
  grids: number;
  residents: number;
  workers: number;
  meetsWorkerTarget: boolean;
}
interface Dashboard {
  at: string;
  communities: number;
  villages: number;
  grids: number;
  residents: number;
  partyMembers: number;
  branches: number;
  workers: number;
  sunkCadres: number;
  agencyStaff: number;
  sunkCadreShare: number | null;
  workersTarget: number;
  perCommunity: PerCommunity[];
}

describe('Party organisations, members, workers and the staffing dashboard', () => {
  let ctx: Ctx;
  let fx: Fixture;
  let admin: Client;
  let secretary: Client;
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await buildFixture(ctx.deps);
    admin = await clientFor(ctx.app, ctx.deps, 'subdistrict_admin', fx.subdistricts[0].id);
    secretary = await clientFor(ctx.app, ctx.deps, 'community_secretary', fx.subdistricts[0].communities[0].id);
  });

  const sub0 = () => fx.subdistricts[0];
  const c0 = () => fx.subdistricts[0].communities[0];
  const c1 = () => fx.subdistricts[0].communities[1];
  const orgCount = () => countRows(ctx.deps, 'party_orgs');

  async function createOrg(client: Client, body: Record<string, unknown>): Promise<Org> {
    const res = await client.post('/api/party-orgs', body);
    expect(res.statusCode, res.body).toBe(200);
    return readJson<Org>(res);
  }

  let generalBranch: Org;
  const branches: Record<string, Org> = {};
  let group: Org;

  describe('Party organisation tree', () => {
    it('creates a general branch, one branch of every category and a Party group', async () => {
      generalBranch = await createOrg(secretary, {
        parentId: c0().partyOrgId,
        kind: 'general_branch',
        name: '甲一社区第二党总支',
        territoryId: c0().id,
      });
      expect(generalBranch).toMatchObject({
        parentId: c0().partyOrgId,
        kind: 'general_branch',
        category: null,
        territoryId: c0().id,
        memberCount: 0,
        abilities: { update: true, createChild: true },
      });

      for (const category of BRANCH_CATEGORIES) {
        const territoryId = category === 'grid' ? c0().grids[0].id : c0().id;
        const parentId = ['floating', 'enterprise', 'grid'].includes(category) ? c0().partyOrgId : generalBranch.id;
        const b = await createOrg(secretary, {
          parentId,
          kind: 'branch',
          category,
          name: `甲一${category}支部`,
          territoryId,
        });
        expect(b).toMatchObject({ parentId, kind: 'branch', category, territoryId });
        branches[category] = b;
      }
      group = await createOrg(secretary, {
        parentId: branches.community.id,
        kind: 'group',
        name: '第一党小组',
        territoryId: c0().id,
      });
      expect(group).toMatchObject({
        parentId: branches.community.id,
        kind: 'group',
        category: null,
        abilities: { update: true, createChild: false },
      });

      const row = await ctx.deps.db
        .selectFrom('party_orgs')
        .select('path')
        .where('id', '=', group.id)
        .executeTakeFirstOrThrow();
      const gb = await ctx.deps.db
        .selectFrom('party_orgs')
        .select('path')
        .where('id', '=', generalBranch.id)
        .executeTakeFirstOrThrow();
      expect(row.path).toBe(`${gb.path}${branches.community.id}/${group.id}/`);
      const audit = await ctx.deps.db
        .selectFrom('audit_log')
        .select(['action', 'actor_id', 'changes'])
        .where('subject_id', '=', branches.floating.id)
        .execute();
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ action: 'party_org.create', actor_id: secretary.userId });
      expect(JSON.parse(audit[0].changes ?? '{}')).toMatchObject({ kind: 'branch', category: 'floating' });
    });

    it('a branch without a category, or any other kind with one → 409 INVALID_MOVE; wrong parent kinds → 409; nothing written', async () => {
      const before = await orgCount();
      const cases: Record<string, unknown>[] = [
        { parentId: generalBranch.id, kind: 'branch', name: '无类别支部', territoryId: c0().id },
        {
          parentId: branches.community.id,
          kind: 'group',
          category: 'community',
          name: '有类别的小组',
          territoryId: c0().id,
        },
        {
          parentId: c0().partyOrgId,
          kind: 'general_branch',
          category: 'enterprise',
          name: '有类别的总支',
          territoryId: c0().id,
        },
        { parentId: c0().partyOrgId, kind: 'group', name: '越级小组', territoryId: c0().id },
        { parentId: group.id, kind: 'group', name: '小组下的小组', territoryId: c0().id },
        { parentId: group.id, kind: 'branch', category: 'community', name: '小组下的支部', territoryId: c0().id },
        { parentId: branches.agency.id, kind: 'general_branch', name: '支部下的总支', territoryId: c0().id },
      ];
      for (const body of cases) {
        const res = await secretary.post('/api/party-orgs', body);
        expect(res.statusCode, String(body.name)).toBe(409);
        expect(readJson<ErrorBody>(res).code).toBe('INVALID_MOVE');
      }
      const unknown = await secretary.post('/api/party-orgs', {
        parentId: generalBranch.id,
        kind: 'branch',
        category: 'school',
        name: '学校支部',
        territoryId: c0().id,
      });
      expect(unknown.statusCode).toBe(400);
      expect(readJson<ErrorBody>(unknown).issues?.map((i) => i.path)).toEqual(['body.category']);
      const root = await admin.post('/api/party-orgs', {
        parentId: sub0().workingCommitteeId,
        kind: 'working_committee',
        name: '第二党工委',
        territoryId: sub0().id,
      });
      expect(root.statusCode).toBe(400);
      expect(await orgCount()).toBe(before);

      const update = await secretary.patch(`/api/party-orgs/${group.id}`, { category: 'community' });
      expect(update.statusCode).toBe(409);
      expect(readJson<ErrorBody>(update).code).toBe('INVALID_MOVE');
    });

    it('scope: a community secretary cannot build under the working committee or in another community (404)', async () => {
      const underWc = await secretary.post('/api/party-orgs', {
        parentId: sub0().workingCommitteeId,
        kind: 'party_committee',
        name: '越权党委',
        territoryId: c0().id,
      });
      expect(underWc.statusCode).toBe(404);
      const sibling = await secretary.post('/api/party-orgs', {
        parentId: c1().partyOrgId,
        kind: 'branch',
        category: 'community',
        name: '越权支部',
        territoryId: c1().id,
      });
      expect(sibling.statusCode).toBe(404);
      const foreignTerritory = await secretary.post('/api/party-orgs', {
        parentId: generalBranch.id,
        kind: 'branch',
        category: 'community',
        name: '跨社区支部',
        territoryId: c1().id,
      });
      expect(foreignTerritory.statusCode).toBe(404);

      const ok = await createOrg(admin, {
        parentId: sub0().workingCommitteeId,
        kind: 'party_committee',
        name: '甲街道机关党委',
        territoryId: sub0().id,
      });
      expect(ok).toMatchObject({
        kind: 'party_committee',
        parentId: sub0().workingCommitteeId,
        territoryId: sub0().id,
      });
    });

    it('a branch can change category; the tree lists what the user may see', async () => {
      const res = await secretary.patch(`/api/party-orgs/${branches.social_org.id}`, {
        category: 'enterprise',
        name: '甲一两新组织支部',
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(readJson<Org>(res)).toMatchObject({ category: 'enterprise', name: '甲一两新组织支部' });
      await secretary.patch(`/api/party-orgs/${branches.social_org.id}`, { category: 'social_org' });

      const list = readJson<{ items: Org[] }>(await secretary.get('/api/party-orgs'));
      const byId = new Map(list.items.map((o) => [o.id, o]));
      expect(byId.has(sub0().workingCommitteeId)).toBe(false);
      expect(byId.has(c1().partyOrgId)).toBe(false);
      expect(byId.get(c0().partyOrgId)?.kind).toBe('party_committee');
      expect(byId.get(c0().branchId)).toMatchObject({ kind: 'branch', category: 'community', memberCount: 1 });
      expect(byId.get(generalBranch.id)?.parentId).toBe(c0().partyOrgId);
      for (const category of BRANCH_CATEGORIES) expect(byId.get(branches[category].id)?.category).toBe(category);
      expect(byId.get(group.id)?.parentId).toBe(branches.community.id);
      expect(list.items.filter((o) => o.kind === 'branch')).toHaveLength(1 + BRANCH_CATEGORIES.length);

      const all = readJson<{ items: Org[] }>(await admin.get('/api/party-orgs'));
      expect(all.items.map((o) => o.id)).toEqual(
        expect.arrayContaining([sub0().workingCommitteeId, c1().partyOrgId, c1().branchId]),
      );
      expect(all.items.some((o) => o.id === fx.subdistricts[1].workingCommitteeId)).toBe(false);
    });
  });

  describe('Party members', () => {
    const created: Member[] = [];
    it('registers formal and probationary members with their statuses', async () => {
      const specs = [
        {
          name: '党员甲',
          branch: 'floating',
          memberType: 'formal',
          status: 'floating',
          joinDate: '2001-07-01',
          workUnit: '外出务工',
        },
        {
          name: '党员乙',
          branch: 'floating',
          memberType: 'probationary',
          status: 'in_service',
          joinDate: '2025-06-30',
          workUnit: '郑州某公司',
        },
        {
          name: '党员丙',
          branch: 'floating',
          memberType: 'formal',
          status: 'unemployed',
          joinDate: '1998-10-01',
          workUnit: '',
        },
        {
          name: '党员丁',
          branch: 'enterprise',
          memberType: 'formal',
          status: 'in_service',
          joinDate: '2010-05-04',
          workUnit: '非公企业',
        },
        {
          name: '党员戊',
          branch: 'community',
          memberType: 'formal',
          status: 'retired',
          joinDate: '1975-03-01',
          workUnit: '',
        },
      ] as const;
      for (const s of specs) {
        const res = await secretary.post('/api/party-members', {
          name: s.name,
          branchId: branches[s.branch].id,
          memberType: s.memberType,
          status: s.status,
          joinDate: s.joinDate,
          workUnit: s.workUnit,
        });
        expect(res.statusCode, res.body).toBe(200);
        const m = readJson<Member>(res);
        expect(m).toMatchObject({
          name: s.name,
          branchId: branches[s.branch].id,
          branchName: `甲一${s.branch}支部`,
          memberType: s.memberType,
          status: s.status,
          joinDate: s.joinDate,
          residentId: null,
        });
        created.push(m);
      }
      const withResident = await secretary.post('/api/party-members', {
        name: '居民党员',
        residentId: c0().grids[1].residentIds[0],
        branchId: branches.community.id,
        memberType: 'formal',
        status: 'retired',
        joinDate: '1980-01-01',
      });
      expect(withResident.statusCode, withResident.body).toBe(200);
      expect(readJson<Member>(withResident)).toMatchObject({ residentId: c0().grids[1].residentIds[0], workUnit: '' });
      created.push(readJson<Member>(withResident));
    });

    it('members only join branches, with valid types and residents in scope', async () => {
      const inGroup = await secretary.post('/api/party-members', {
        name: '小组党员',
        branchId: group.id,
        memberType: 'formal',
        status: 'retired',
        joinDate: '1990-01-01',
      });
      expect(inGroup.statusCode).toBe(409);
      expect(readJson<ErrorBody>(inGroup).code).toBe('INVALID_MOVE');
      const inGeneral = await secretary.post('/api/party-members', {
        name: '总支党员',
        branchId: generalBranch.id,
        memberType: 'formal',
        status: 'retired',
        joinDate: '1990-01-01',
      });
      expect(inGeneral.statusCode).toBe(409);
      const badType = await secretary.post('/api/party-members', {
        name: '错类型',
        branchId: branches.community.id,
        memberType: 'candidate',
        status: 'retired',
        joinDate: '1990-01-01',
      });
      expect(badType.statusCode).toBe(400);
      const badStatus = await secretary.post('/api/party-members', {
        name: '错状态',
        branchId: branches.community.id,
        memberType: 'formal',
        status: 'dead',
        joinDate: '1990-01-01',
      });
      expect(badStatus.statusCode).toBe(400);
      const foreignResident = await secretary.post('/api/party-members', {
        name: '外区居民',
        residentId: c1().grids[0].residentIds[1],
        branchId: branches.community.id,
        memberType: 'formal',
        status: 'retired',
        joinDate: '1990-01-01',
      });
      expect(foreignResident.statusCode).toBe(404);
      const foreignBranch = await secretary.post('/api/party-members', {
        name: '外区支部',
        branchId: c1().branchId,
        memberType: 'formal',
        status: 'retired',
        joinDate: '1990-01-01',
      });
      expect(foreignBranch.statusCode).toBe(404);
    });

    it('the list filters by branch; member counts follow', async () => {
      const floating = readJson<Page<Member>>(
        await secretary.get(`/api/party-members?branchId=${branches.floating.id}`),
      );
      expect(floating.total).toBe(3);
      expect(floating.items.map((m) => [m.name, m.memberType, m.status]).sort()).toEqual([
        ['党员丙', 'formal', 'unemployed'],
        ['党员乙', 'probationary', 'in_service'],
        ['党员甲', 'formal', 'floating'],
      ]);
      const community = readJson<Page<Member>>(
        await secretary.get(`/api/party-members?branchId=${branches.community.id}`),
      );
      expect(community.items.map((m) => m.name).sort()).toEqual(['党员戊', '居民党员']);
      const empty = readJson<Page<Member>>(await secretary.get(`/api/party-members?branchId=${branches.agency.id}`));
      expect(empty).toMatchObject({ total: 0, items: [] });

      const all = readJson<Page<Member>>(await secretary.get('/api/party-members?pageSize=200'));
      expect(all.total).toBe(created.length + 1); // + the fixture member of community 0
      expect(all.items.map((m) => m.id)).toContain(c0().memberId);
      expect(all.items.map((m) => m.id)).not.toContain(c1().memberId);
      const paged = readJson<Page<Member>>(await secretary.get('/api/party-members?pageSize=2&page=2'));
      expect(paged).toMatchObject({ total: created.length + 1, page: 2, pageSize: 2 });
      expect(paged.items.map((m) => m.id)).toEqual(all.items.slice(2, 4).map((m) => m.id));

      const foreign = await secretary.get(`/api/party-members?branchId=${c1().branchId}`);
      expect(foreign.statusCode).toBe(404);

      const orgs = new Map(
        readJson<{ items: Org[] }>(await secretary.get('/api/party-orgs')).items.map((o) => [o.id, o.memberCount]),
      );
      expect(orgs.get(branches.floating.id)).toBe(3);
      expect(orgs.get(branches.enterprise.id)).toBe(1);
      expect(orgs.get(branches.community.id)).toBe(2);
      expect(orgs.get(branches.agency.id)).toBe(0);
    });

    it('a probationary member becomes formal (PATCH): only the named field changes, audited', async () => {
      const m = created.find((x) => x.name === '党员乙') as Member;
      const res = await secretary.patch(`/api/party-members/${m.id}`, { memberType: 'formal' });
      expect(res.statusCode, res.body).toBe(200);
      expect(readJson<Member>(res)).toMatchObject({
        id: m.id,
        memberType: 'formal',
        status: 'in_service',
        branchId: branches.floating.id,
        workUnit: '郑州某公司',
      });
      const row = await ctx.deps.db
        .selectFrom('party_members')
        .select(['member_type', 'work_unit', 'join_date'])
        .where('id', '=', m.id)
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ member_type: 'formal', work_unit: '郑州某公司', join_date: '2025-06-30' });
      const audit = await ctx.deps.db
        .selectFrom('audit_log')
        .select(['action', 'changes'])
        .where('subject_id', '=', m.id)
        .orderBy('seq')
        .execute();
      expect(audit.map((a) => a.action)).toEqual(['party_member.create', 'party_member.update']);
      expect(JSON.parse(audit[1].changes ?? '{}')).toEqual({ fields: ['member_type'] });
    });
  });

  describe('workers and the staffing dashboard', () => {
    async function addWorker(client: Client, body: Record<string, unknown>): Promise<Worker> {
      const res = await client.post('/api/workers', { post: '社区专职工作者', isFirstSecretary: false, ...body });
      expect(res.statusCode, res.body).toBe(200);
      return readJson<Worker>(res);
    }

    it('records workers with their origin; sunk cadres are agency staff working in a community', async () => {
      const agency = await addWorker(secretary, {
        name: '下沉干部甲',
        unitId: c0().id,
        origin: 'agency',
        post: '第一书记',
        isFirstSecretary: true,
        joinedOn: '2015-03-01',
      });
      expect(agency).toMatchObject({
        unitId: c0().id,
        unitName: '甲一社区',
        origin: 'agency',
        isSunkCadre: true,
        isFirstSecretary: true,
        joinedOn: '2015-03-01',
        post: '第一书记',
      });
      for (const origin of ['graduate', 'public_welfare', 'resident'] as const) {
        const w = await addWorker(secretary, { name: `${origin}工作者`, unitId: c0().id, origin });
        expect(w).toMatchObject({ origin, isSunkCadre: false, isFirstSecretary: false, joinedOn: today(systemClock) });
      }
      const office = await addWorker(admin, {
        name: '街道机关干部',
        unitId: sub0().id,
        origin: 'agency',
        post: '党建办科员',
      });
      expect(office).toMatchObject({ unitId: sub0().id, unitName: '甲街道', origin: 'agency', isSunkCadre: false });

      const atGrid = await secretary.post('/api/workers', {
        name: '网格上的人',
        unitId: c0().grids[0].id,
        post: '网格员',
        origin: 'resident',
      });
      expect(atGrid.statusCode).toBe(409);
      expect(readJson<ErrorBody>(atGrid).code).toBe('INVALID_MOVE');
      const elsewhere = await secretary.post('/api/workers', {
        name: '外社区',
        unitId: c1().id,
        post: '社工',
        origin: 'graduate',
      });
      expect(elsewhere.statusCode).toBe(404);
      const badOrigin = await secretary.post('/api/workers', {
        name: '来源不明',
        unitId: c0().id,
        post: '社工',
        origin: 'volunteer',
      });
      expect(badOrigin.statusCode).toBe(400);

      const list = readJson<Page<Worker>>(await secretary.get(`/api/workers?unitId=${c0().id}&pageSize=200`));
      expect(list.total).toBe(5); // fixture agency worker + 4 above
      expect(
        list.items
          .filter((w) => w.isSunkCadre)
          .map((w) => w.id)
          .sort(),
      ).toEqual([agency.id, c0().workerId].sort());

      // A PATCH changes only what it names: the first secretary stays first secretary.
      const renamed = await secretary.patch(`/api/workers/${agency.id}`, { post: '第一书记兼主任' });
      expect(renamed.statusCode, renamed.body).toBe(200);
      expect(readJson<Worker>(renamed)).toMatchObject({
        post: '第一书记兼主任',
        isFirstSecretary: true,
        origin: 'agency',
        joinedOn: '2015-03-01',
      });
      const stored = await ctx.deps.db
        .selectFrom('workers')
        .select(['is_first_secretary', 'post'])
        .where('id', '=', agency.id)
        .executeTakeFirstOrThrow();
      expect(stored).toEqual({ is_first_secretary: 1, post: '第一书记兼主任' });

      const moved = await secretary.patch(`/api/workers/${list.items.find((w) => w.origin === 'resident')?.id}`, {
        origin: 'agency',
      });
      expect(readJson<Worker>(moved)).toMatchObject({ origin: 'agency', isSunkCadre: true });
      const back = await secretary.patch(`/api/workers/${readJson<Worker>(moved).id}`, { origin: 'resident' });
      expect(readJson<Worker>(back).isSunkCadre).toBe(false);
    });

    it('dashboard: sunk cadres, agency staff and their share for the subdistrict; >20 workers per community meets the target', async () => {
      // Community 0: 5 so far (2 agency) → 21 with 16 more (1 more agency). Community 1: 1 (agency) → 20 with 19 more (1 agency).
      for (let i = 0; i < 16; i++)
        await addWorker(secretary, {
          name: `甲一工作者${i}`,
          unitId: c0().id,
          origin: i === 0 ? 'agency' : 'graduate',
        });
      for (let i = 0; i < 19; i++)
        await addWorker(admin, {
          name: `甲二工作者${i}`,
          unitId: c1().id,
          origin: i === 0 ? 'agency' : 'public_welfare',
        });
      await addWorker(admin, { name: '街道机关干部乙', unitId: sub0().id, origin: 'agency', post: '综治办科员' });
      await addWorker(admin, { name: '街道聘用人员', unitId: sub0().id, origin: 'graduate', post: '文员' });

      const d = readJson<Dashboard>(await admin.get('/api/dashboard/home'));
      // Agency staff: 3 + 2 in the communities (sunk) and 2 at the office → 5 / 7.
      expect(d.sunkCadres).toBe(5);
      expect(d.agencyStaff).toBe(7);
      expect(d.sunkCadreShare).toBe(0.714);
      expect(d.workersTarget).toBe(20);
      expect(d.workers).toBe(41);
      const per = new Map(d.perCommunity.map((c) => [c.unitId, c]));
      expect(per.get(c0().id)).toMatchObject({ workers: 21, meetsWorkerTarget: true });
      expect(per.get(c1().id)).toMatchObject({ workers: 20, meetsWorkerTarget: false });
      expect(d.communities).toBe(2);
      expect(d.branches).toBe(2 + BRANCH_CATEGORIES.length);
      expect(d.partyMembers).toBe(2 + 6);

      const own = readJson<Dashboard>(await secretary.get('/api/dashboard/home'));
      expect(own).toMatchObject({
        workers: 21,
        sunkCadres: 3,
        agencyStaff: 3,
        sunkCadreShare: null,
        communities: 1,
        partyMembers: 1 + 6,
      });
      expect(own.perCommunity.map((c) => [c.unitId, c.workers, c.meetsWorkerTarget])).toEqual([[c0().id, 21, true]]);

      // Past dates count the workers who had joined by then (fixture workers joined 2015-01-01).
      const early = readJson<Dashboard>(await admin.get('/api/dashboard/home?at=2014-12-31'));
      expect(early).toMatchObject({ workers: 0, sunkCadres: 0, agencyStaff: 0, sunkCadreShare: null });
      const y2015 = readJson<Dashboard>(await admin.get('/api/dashboard/home?at=2015-12-31'));
      expect(y2015).toMatchObject({ workers: 3, sunkCadres: 3, agencyStaff: 3, sunkCadreShare: 1 });
      expect(new Map(y2015.perCommunity.map((c) => [c.unitId, c.workers]))).toEqual(
        new Map([
          [c0().id, 2],
          [c1().id, 1],
        ]),
      );
      // Members who had not joined yet are not counted (党员乙 joined 2025-06-30).
      expect(readJson<Dashboard>(await admin.get('/api/dashboard/home?at=2020-01-01')).partyMembers).toBe(2 + 5);

      const drill = readJson<Dashboard>(await admin.get(`/api/dashboard/home?unitId=${c1().id}`));
      expect(drill).toMatchObject({ workers: 20, sunkCadres: 2, agencyStaff: 2, sunkCadreShare: null });
    });
  });
});
