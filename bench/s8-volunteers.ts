import PDFDocument from 'pdfkit';
import { newId } from '../apps/server/src/platform/ids.ts';
import { nowIsoOf, systemClock } from '../apps/server/src/platform/clock.ts';
import { renderPdf } from '../apps/server/src/platform/pdf.ts';
import { systemActor } from '../apps/server/src/features/auth/system-actor.ts';
import { createSubdistrict, createUnit } from '../apps/server/src/features/territory/territory.service.ts';
import { createActivity, createTeam } from '../apps/server/src/features/volunteering/volunteering.service.ts';
import { signUp } from '../apps/server/src/features/volunteering/signups.service.ts';
import { fmt, p95, withScratchDeps } from './lib.ts';

/** The smallest possible PDF (built-in Helvetica, no embedded font): the baseline for certificate rendering. */
function latinPdf(): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4' });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.fontSize(30).text('Volunteer Service Certificate');
  doc.end();
  return done;
}

/**
 * S8: (a) a certificate PDF with the embedded Chinese font against the smallest Latin PDF,
 * p95 of 30 renders each; (b) 200 simultaneous sign-ups for 60 places through the service (capacity
 * kept by the conditional update) against 200 plain inserts of sign-up rows, same run.
 */
export async function benchVolunteers() {
  const cert = await p95(30, () =>
    renderPdf((d) => {
      d.fontSize(30).text('志愿服务证书');
      d.fontSize(16).text('张三同志：累计志愿服务 123.5 小时，特发此证。证书编号：ZYZ-2015-ABCDEFGHJK');
    }),
  );
  const latin = await p95(30, latinPdf);
  console.log(
    `S8a certificate PDF (CJK font subset embedded): p95 ${fmt(cert)} ms vs Latin-only baseline ${fmt(latin)} ms → ${fmt(cert / latin)}×`,
  );

  return withScratchDeps('s8', 5, async (deps) => {
    const { db } = deps;
    const system = systemActor();
    const sub = await createSubdistrict(deps, system, { name: '压测街道', validFrom: '2010-01-01' });
    const community = await createUnit(deps, system, {
      parentId: sub.id,
      kind: 'community',
      name: '压测社区',
      validFrom: '2010-01-01',
    });
    const team = await createTeam(deps, system, {
      communityId: community.id,
      name: '压测队',
      leaderName: '队长',
      foundedOn: '2015-01-01',
    });
    const future = new Date(Date.now() + 7 * 86400000).toISOString().slice(0, 10);
    const activity = await createActivity(deps, system, {
      teamId: team.id,
      title: '压测活动',
      theme: 'other',
      heldOn: future,
      place: '广场',
      capacity: 60,
    });
    const baselineActivity = await createActivity(deps, system, {
      teamId: team.id,
      title: '基线',
      theme: 'other',
      heldOn: future,
      place: '广场',
      capacity: 1000,
    });
    const users = Array.from({ length: 200 }, (_, i) => ({
      ...system,
      userId: newId(),
      displayName: `志愿者${i}`,
      scopeUnitId: community.id,
    }));
    const now = nowIsoOf(systemClock);
    for (const u of users)
      await db
        .insertInto('users')
        .values({
          id: u.userId,
          username: `bench-${u.userId}`,
          display_name: u.displayName,
          password_hash: 'x',
          role: 'volunteer',
          scope_unit_id: community.id,
          totp_secret_enc: null,
          totp_enabled: 0,
          disabled: 0,
          created_at: now,
          updated_at: now,
        })
        .execute();
    const volunteers = users.map((u) => ({
      id: newId(),
      community_id: community.id,
      team_id: team.id,
      user_id: null,
      name: u.displayName,
      joined_on: '2015-01-01',
      created_at: now,
    }));
    await db.insertInto('volunteers').values(volunteers).execute();

    let t = performance.now();
    await Promise.all(
      volunteers.map((v) =>
        db
          .insertInto('activity_signups')
          .values({
            id: newId(),
            activity_id: baselineActivity.id,
            volunteer_id: v.id,
            status: 'signed_up',
            checked_in_at: null,
            checked_out_at: null,
            service_minutes: null,
            recorded_by: null,
            verified_at: null,
            verified_by: null,
            created_at: now,
            updated_at: now,
          })
          .execute(),
      ),
    );
    const plain = performance.now() - t;
    t = performance.now();
    const results = await Promise.allSettled(users.map((u) => signUp(deps, u, activity.id)));
    const guarded = performance.now() - t;
    const ok = results.filter((r) => r.status === 'fulfilled').length;
    console.log(
      `S8b 200 simultaneous sign-ups for 60 places: ${fmt(guarded)} ms (${ok} accepted) vs 200 plain inserts ${fmt(plain)} ms → ${fmt(guarded / plain)}×`,
    );
  });
}
