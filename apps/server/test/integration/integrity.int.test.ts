import { beforeAll, describe, expect, it } from 'vitest';
import type { ExerciseView } from '@jishi/shared';
import { countRows, createTestContext, readJson } from '../harness.ts';
import { buildFixture, type Fixture } from '../fixture.ts';
import { clientFor, type Client } from '../sessions.ts';
import {
  daysAgoAt,
  installIntegrity,
  integrityObjects,
  openRelief,
  reliefItem,
  type IntegrityObjects,
} from '../integrity-support.ts';
import { XLSX_MIME } from '../../src/platform/xlsx.ts';

/** Power list, exercises, deviations → alerts, alert handling, complaints (inspectors only, every read audited), oversight. */
type Ctx = Awaited<ReturnType<typeof createTestContext>>;

describe('integrity and supervision', () => {
  let ctx: Ctx;
  let fx: Fixture;
  let itemIds: string[];
  let o: IntegrityObjects;
  let worker: Client;
  let secretary: Client;
  let inspector: Client;
  let admin: Client;
  const s0 = () => fx.subdistricts[0];
  const c0 = () => s0().communities[0];
  const anon = (method: 'GET' | 'POST', url: string, payload?: unknown) =>
    ctx.app.inject({ method, url, payload: payload as object });
  const auditOf = (action: string) =>
    ctx.deps.db
      .selectFrom('audit_log')
      .select(['actor_id', 'subject_id', 'changes'])
      .where('action', '=', action)
      .orderBy('seq')
      .execute();

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await buildFixture(ctx.deps);
    itemIds = await installIntegrity(ctx.deps, fx);
    o = await integrityObjects(ctx.deps, c0().id, itemIds[0]);
    worker = await clientFor(ctx.app, ctx.deps, 'community_worker', c0().id);
    secretary = await clientFor(ctx.app, ctx.deps, 'community_secretary', c0().id);
    inspector = await clientFor(ctx.app, ctx.deps, 'inspector', s0().id);
    admin = await clientFor(ctx.app, ctx.deps, 'subdistrict_admin', s0().id);
  });

  describe('power list', () => {
    it('a new version retires the previous one; an exercise keeps the version it was opened under', async () => {
      const before = readJson<ExerciseView>(await worker.get(`/api/integrity/exercises/${o.exerciseId}`));
      expect(before.itemVersion).toBe(1);
      const res = await admin.post('/api/integrity/items', {
        ...reliefItem(s0().id),
        name: '临时救助申请审核（第二版）',
        timeLimitDays: 12,
        effectiveFrom: '2021-01-01',
      });
      expect(res.statusCode, res.body).toBe(200);
      const v2 = readJson<{ id: string; version: number; status: string }>(res);
      expect(v2.version).toBe(2);
      const all = readJson<{
        items: { id: string; version: number; status: string; effectiveTo: string | null; inUse: boolean }[];
      }>(await worker.get('/api/integrity/items?code=T-RELIEF&all=true'));
      expect(all.items.map((i) => [i.version, i.status, i.effectiveTo])).toEqual([
        [1, 'retired', '2020-12-31'],
        [2, 'active', null],
      ]);
      expect(all.items[0].inUse).toBe(true);
      const after = readJson<ExerciseView>(await worker.get(`/api/integrity/exercises/${o.exerciseId}`));
      expect([after.itemVersion, after.item.timeLimitDays]).toEqual([1, 15]);
      const fresh = readJson<ExerciseView>(
        await worker.post('/api/integrity/exercises', {
          unitId: c0().id,
          itemCode: 'T-RELIEF',
          title: '新版本下的运行',
        }),
      );
      expect([fresh.itemVersion, fresh.item.timeLimitDays]).toEqual([2, 12]);
      // A version cannot take effect before the one it replaces.
      expect(
        (await admin.post('/api/integrity/items', { ...reliefItem(s0().id), effectiveFrom: '2020-06-01' })).statusCode,
      ).toBe(409);
    });

    it('refuses impossible items: an incompatible pair naming a missing step, step limits above the overall limit', async () => {
      const bad = await admin.post('/api/integrity/items', {
        ...reliefItem(s0().id, { code: 'T-BAD' }),
        incompatible: [[1, 9]],
        timeLimitDays: 5,
      });
      expect(bad.statusCode).toBe(400);
      expect(
        readJson<{ issues: { path: string }[] }>(bad)
          .issues.map((i) => i.path)
          .sort(),
      ).toEqual(['body.incompatible.0', 'body.timeLimitDays']);
    });

    it('roll-out: an item not enabled in a community cannot be exercised there (409 NOT_ENABLED); the state shows per community', async () => {
      const off = await admin.post('/api/integrity/rollout', { unitId: c0().id, codes: ['T-RELIEF'], enabled: false });
      expect(off.statusCode, off.body).toBe(200);
      const refused = await worker.post('/api/integrity/exercises', {
        unitId: c0().id,
        itemCode: 'T-RELIEF',
        title: '未启用事项',
      });
      expect([refused.statusCode, readJson<{ code: string }>(refused).code]).toEqual([409, 'NOT_ENABLED']);
      const on = readJson<{ items: { unitId: string; enabled: number; total: number; pilot: boolean }[] }>(
        await admin.post('/api/integrity/rollout', { unitId: c0().id, codes: ['T-RELIEF'], enabled: true }),
      );
      expect(on.items.find((u) => u.unitId === c0().id)).toMatchObject({ enabled: 1, total: 1, pilot: true });
      const state = readJson<{ items: { unitId: string }[] }>(await inspector.get('/api/integrity/rollout'));
      expect(state.items.map((u) => u.unitId).sort()).toEqual(
        s0()
          .communities.map((c) => c.id)
          .sort(),
      );
    });

    it('the public board lists the enabled items with procedure and time limits, without sign-in', async () => {
      const res = await anon('GET', `/api/public/power-list/${c0().id}`);
      expect(res.statusCode).toBe(200);
      const board = readJson<{
        items: { code: string; steps: { timeLimitDays: number }[]; timeLimitDays: number; supervisionBody: string }[];
      }>(res);
      expect(board.items.map((i) => i.code)).toEqual(['T-RELIEF']);
      expect(board.items[0].steps).toHaveLength(3);
      expect(res.body).not.toMatch(/exercise|opened|actorId|actorName/i);
    });
  });

  describe('exercises and alerts', () => {
    it('recording steps out of line raises one alert per deviation, with the signed-in user as actor; re-detection does not duplicate', async () => {
      const e = await openRelief(ctx.deps, c0().id, daysAgoAt(2));
      const s1 = await worker.post(`/api/integrity/exercises/${e.id}/steps`, {
        stepSeq: 1,
        doneAt: daysAgoAt(2, 4),
        note: '受理',
        evidence: [{ title: '申请书', ref: 'A-1' }],
      });
      expect(s1.statusCode, s1.body).toBe(200);
      const s3 = readJson<ExerciseView>(
        await worker.post(`/api/integrity/exercises/${e.id}/steps`, { stepSeq: 3, evidence: [] }),
      );
      expect(s3.steps.map((s) => s.actorName)).toEqual([worker.username, worker.username]);
      expect(s3.deviations.map((d) => d.kind).sort()).toEqual(['incompatible_holder', 'skipped_step']);
      const alerts = async () =>
        ctx.deps.db
          .selectFrom('supervision_alerts')
          .select(['kind', 'step_seq', 'status'])
          .where('exercise_id', '=', e.id)
          .orderBy('kind')
          .execute();
      expect(await alerts()).toEqual([
        { kind: 'incompatible_holder', step_seq: 3, status: 'open' },
        { kind: 'skipped_step', step_seq: 2, status: 'open' },
      ]);
      const again = await inspector.post('/api/integrity/detect', {});
      expect(again.statusCode, again.body).toBe(200);
      expect(readJson<{ raised: number }>(again).raised).toBe(0);
      expect(await alerts()).toHaveLength(2);
      // The same step twice is a conflict; a step in the future is refused.
      expect((await worker.post(`/api/integrity/exercises/${e.id}/steps`, { stepSeq: 1 })).statusCode).toBe(409);
      expect(
        (await worker.post(`/api/integrity/exercises/${e.id}/steps`, { stepSeq: 2, doneAt: daysAgoAt(-2) })).statusCode,
      ).toBe(400);
    });

    it('closing late without disclosure: exercise overdue at close, disclosure missing found on demand', async () => {
      const e = await openRelief(ctx.deps, c0().id, daysAgoAt(30));
      for (const [seq, ago] of [
        [1, 29],
        [2, 26],
        [3, 24],
      ] as const) {
        const who = seq === 3 ? secretary : worker;
        expect(
          (await who.post(`/api/integrity/exercises/${e.id}/steps`, { stepSeq: seq, doneAt: daysAgoAt(ago) }))
            .statusCode,
        ).toBe(200);
      }
      const closed = readJson<ExerciseView>(
        await secretary.post(`/api/integrity/exercises/${e.id}/close`, { closedAt: daysAgoAt(10) }),
      );
      expect(closed.status).toBe('closed');
      expect(closed.deviations.map((d) => d.kind).sort()).toEqual(['disclosure_missing', 'exercise_overdue']);
      expect((await secretary.post(`/api/integrity/exercises/${e.id}/steps`, { stepSeq: 2 })).statusCode).toBe(409);
      expect((await secretary.post(`/api/integrity/exercises/${e.id}/close`, {})).statusCode).toBe(409);
      const kindsOf = async () =>
        (
          await ctx.deps.db
            .selectFrom('supervision_alerts')
            .select('kind')
            .where('exercise_id', '=', e.id)
            .orderBy('kind')
            .execute()
        ).map((k) => k.kind);
      // Back-dated writes are judged as of their own dates: the close (10 days ago) was late, but the
      // disclosure was not yet due then, and no step looked overdue while it was entered afterwards.
      expect(await kindsOf()).toEqual(['exercise_overdue']);
      // Today's detection run finds the disclosure that is now overdue.
      expect((await inspector.post('/api/integrity/detect', {})).statusCode).toBe(200);
      expect(await kindsOf()).toEqual(['disclosure_missing', 'exercise_overdue']);
      const disclosed = await secretary.post(`/api/integrity/exercises/${e.id}/disclosure`, { where: '社区公开栏' });
      expect(disclosed.statusCode, disclosed.body).toBe(200);
      expect(
        (await secretary.post(`/api/integrity/exercises/${e.id}/disclosure`, { where: '社区公开栏' })).statusCode,
      ).toBe(409);
    });

    it('inspectors see exercises with deviations across the subdistrict and filter them', async () => {
      const list = readJson<{ items: { id: string; deviations: unknown[]; openAlerts: number }[] }>(
        await inspector.get('/api/integrity/exercises?deviating=true&pageSize=100'),
      );
      expect(list.items.length).toBeGreaterThan(0);
      expect(list.items.every((x) => x.deviations.length > 0)).toBe(true);
      expect(list.items.some((x) => x.id === o.skippedExerciseId)).toBe(true);
    });

    it('alert lifecycle: acknowledge → investigate → close with a finding; illegal transitions are 409; open alerts show their age', async () => {
      const list = readJson<{ items: { id: string; status: string; ageDays: number; evidence: string }[] }>(
        await inspector.get('/api/integrity/alerts?status=open'),
      );
      expect(list.items.every((a) => a.ageDays >= 0 && a.evidence.length > 0)).toBe(true);
      const id = list.items[0].id;
      expect(
        (
          await inspector.post(`/api/integrity/alerts/${id}/actions`, {
            action: 'close',
            note: '直接关闭',
            finding: 'unsubstantiated',
          })
        ).statusCode,
      ).toBe(409);
      expect(
        (await inspector.post(`/api/integrity/alerts/${id}/actions`, { action: 'acknowledge', note: '已收到预警' }))
          .statusCode,
      ).toBe(200);
      expect(
        (await inspector.post(`/api/integrity/alerts/${id}/actions`, { action: 'acknowledge', note: '重复确认' }))
          .statusCode,
      ).toBe(409);
      expect(
        (await inspector.post(`/api/integrity/alerts/${id}/actions`, { action: 'note', note: '调阅台账，约谈经办人' }))
          .statusCode,
      ).toBe(200);
      expect(
        (await inspector.post(`/api/integrity/alerts/${id}/actions`, { action: 'close', note: '缺少结论' })).statusCode,
      ).toBe(400);
      const closed = readJson<{ status: string; finding: string; notes: unknown[] }>(
        await inspector.post(`/api/integrity/alerts/${id}/actions`, {
          action: 'close',
          note: '已整改，补录入户核实材料',
          finding: 'corrected',
        }),
      );
      expect([closed.status, closed.finding, closed.notes.length]).toEqual(['closed', 'corrected', 3]);
      expect(
        (await inspector.post(`/api/integrity/alerts/${id}/actions`, { action: 'note', note: '关闭后补记' }))
          .statusCode,
      ).toBe(409);
      expect((await auditOf('integrity.alert.close')).map((a) => a.subject_id)).toEqual([id]);
    });

    it('community staff cannot see or handle alerts; inspectors cannot open or record exercises', async () => {
      for (const c of [worker, secretary, admin]) {
        expect((await c.get('/api/integrity/alerts')).statusCode).toBe(403);
        expect(
          (await c.post(`/api/integrity/alerts/${o.alertId}/actions`, { action: 'note', note: '越权处理' })).statusCode,
        ).toBe(403);
      }
      expect(
        (await inspector.post('/api/integrity/exercises', { unitId: c0().id, itemCode: 'T-RELIEF', title: '越权' }))
          .statusCode,
      ).toBe(403);
      expect((await inspector.post(`/api/integrity/exercises/${o.exerciseId}/steps`, { stepSeq: 1 })).statusCode).toBe(
        403,
      );
      expect((await inspector.post('/api/integrity/items', reliefItem(s0().id))).statusCode).toBe(403);
    });
  });

  describe('complaints and reports', () => {
    it('anyone submits without signing in (anonymously or named) and follows it with the tracking code, which reveals only status and public replies', async () => {
      const res = await anon('POST', '/api/public/complaints', {
        unitId: c0().id,
        targetKind: 'person',
        targetText: '某社区工作人员',
        content: '反映办理低保时索要好处费',
        anonymous: false,
        name: '王实名',
        contact: '13912345678',
      });
      expect(res.statusCode, res.body).toBe(200);
      const { trackingCode } = readJson<{ trackingCode: string }>(res);
      expect(Buffer.from(trackingCode, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
      const stored = await ctx.deps.db
        .selectFrom('complaints')
        .selectAll()
        .where('target_text', '=', '某社区工作人员')
        .executeTakeFirstOrThrow();
      expect(JSON.stringify(stored)).not.toMatch(/王实名|13912345678/);
      expect(JSON.stringify(stored)).not.toContain(trackingCode);
      const track = await anon('POST', '/api/public/complaints/track', { code: trackingCode });
      expect(track.statusCode).toBe(200);
      expect(Object.keys(readJson<object>(track)).sort()).toEqual(['replies', 'status', 'submittedAt', 'updatedAt']);
      expect(track.body).not.toMatch(/王实名|13912345678|好处费|某社区工作人员/);
      await inspector.post(`/api/integrity/complaints/${stored.id}/actions`, {
        action: 'accept',
        note: '内部：已受理，交调查组',
      });
      await inspector.post(`/api/integrity/complaints/${stored.id}/actions`, {
        action: 'reply',
        note: '您的举报已受理，正在核查。',
      });
      const followed = readJson<{ status: string; replies: { text: string }[] }>(
        await anon('POST', '/api/public/complaints/track', { code: trackingCode }),
      );
      expect(followed).toMatchObject({ status: 'accepted', replies: [{ text: '您的举报已受理，正在核查。' }] });
      expect(JSON.stringify(followed)).not.toContain('内部');
      expect((await anon('POST', '/api/public/complaints/track', { code: 'A'.repeat(24) })).statusCode).toBe(404);
      // Named without contact, or anonymous with a name, is refused.
      expect(
        (
          await anon('POST', '/api/public/complaints', {
            unitId: c0().id,
            targetKind: 'item',
            targetText: '事项',
            content: '内容',
            anonymous: false,
          })
        ).statusCode,
      ).toBe(400);
      expect(
        (
          await anon('POST', '/api/public/complaints', {
            unitId: c0().id,
            targetKind: 'item',
            targetText: '事项',
            content: '内容',
            anonymous: true,
            name: '甲',
          })
        ).statusCode,
      ).toBe(400);
    });

    it('only inspectors read complaints: community staff, subdistrict, security and audit admins get 403', async () => {
      for (const role of [
        'community_secretary',
        'community_worker',
        'subdistrict_admin',
        'subdistrict_leader',
        'security_admin',
        'audit_admin',
      ] as const) {
        const c = await clientFor(ctx.app, ctx.deps, role, role.startsWith('community') ? c0().id : s0().id);
        expect((await c.get('/api/integrity/complaints')).statusCode, role).toBe(403);
        expect((await c.get(`/api/integrity/complaints/${o.complaintId}`)).statusCode, role).toBe(403);
        expect(
          (await c.post(`/api/integrity/complaints/${o.complaintId}/actions`, { action: 'accept', note: '越权受理' }))
            .statusCode,
          role,
        ).toBe(403);
      }
    });

    it('every read of a complaint (list or detail) is audited with the reader; the named contact is shown only to the inspector', async () => {
      const before = (await auditOf('integrity.complaint.read')).length;
      const detail = readJson<{ content: string; anonymous: boolean; contact: string | null }>(
        await inspector.get(`/api/integrity/complaints/${o.complaintId}`),
      );
      expect(detail).toMatchObject({ content: '举报内容（测试）', anonymous: true, contact: null });
      const reads = await auditOf('integrity.complaint.read');
      expect(reads).toHaveLength(before + 1);
      expect(reads[reads.length - 1]).toMatchObject({ actor_id: inspector.userId, subject_id: o.complaintId });
      const list = readJson<{ items: { id: string }[] }>(await inspector.get('/api/integrity/complaints'));
      const listed = await auditOf('integrity.complaint.list');
      expect(JSON.parse(listed[listed.length - 1].changes as string).ids).toEqual(list.items.map((i) => i.id));
    });

    it('complaint lifecycle: dismissed or concluded complaints take no further action (409)', async () => {
      const r = readJson<{ trackingCode: string }>(
        await anon('POST', '/api/public/complaints', {
          unitId: c0().id,
          targetKind: 'organisation',
          targetText: '社区居委会',
          content: '反映问题',
          anonymous: true,
        }),
      );
      const id = (await inspector.get('/api/integrity/complaints?status=received'))
        .json<{ items: { id: string; targetText: string }[] }>()
        .items.find((c) => c.targetText === '社区居委会')?.id as string;
      expect(
        (await inspector.post(`/api/integrity/complaints/${id}/actions`, { action: 'conclude', note: '未受理即办结' }))
          .statusCode,
      ).toBe(409);
      expect(
        (await inspector.post(`/api/integrity/complaints/${id}/actions`, { action: 'dismiss', note: '不属于受理范围' }))
          .statusCode,
      ).toBe(200);
      expect(
        (await inspector.post(`/api/integrity/complaints/${id}/actions`, { action: 'accept', note: '重新受理' }))
          .statusCode,
      ).toBe(409);
      expect(
        readJson<{ status: string }>(await anon('POST', '/api/public/complaints/track', { code: r.trackingCode }))
          .status,
      ).toBe('dismissed');
    });
  });

  describe('inspector oversight', () => {
    it('exports exercises and decision records as .xlsx and the audit head, each audited; nothing else is written', async () => {
      const writes = async () => [
        await countRows(ctx.deps, 'power_exercises'),
        await countRows(ctx.deps, 'power_exercise_steps'),
        await countRows(ctx.deps, 'complaints'),
      ];
      const before = await writes();
      const ex = await inspector.get('/api/integrity/oversight/exercises.xlsx?deviating=true');
      expect([ex.statusCode, ex.headers['content-type']]).toEqual([200, XLSX_MIME]);
      const dm = await inspector.get('/api/integrity/oversight/decisions.xlsx');
      expect(dm.statusCode, dm.body.slice(0, 200)).toBe(200);
      const head = readJson<{ seq: number; hash: string; at: string }>(
        await inspector.get('/api/integrity/audit-head'),
      );
      expect(head.hash).toMatch(/^[0-9a-f]{64}$/);
      expect((await auditOf('integrity.exercise.export')).length).toBe(1);
      expect((await auditOf('integrity.decision.export')).length).toBe(1);
      expect((await auditOf('audit.head.export')).length).toBe(1);
      const verify = readJson<{ ok: boolean; checked: number }>(await inspector.get('/api/audit/verify'));
      expect(verify.ok).toBe(true);
      expect(verify.checked).toBeGreaterThanOrEqual(head.seq);
      expect(await writes()).toEqual(before);
    });
  });
});
