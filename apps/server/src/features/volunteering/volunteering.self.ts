import { maskName } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { authorize } from '../../platform/authorize.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { today } from '../../platform/local-date.ts';
import { renderPdf } from '../../platform/pdf.ts';
import { audited } from '../audit/audit.service.ts';
import { consumeAllowance, HOUR_MS } from '../auth/rate-limit.service.ts';
import { unitPathOf } from '../territory/territory.service.ts';
import { certificateNumber } from './certificate.ts';
import { nextLevelHours, starLevel, verifiedMinutes } from './volunteering.workflow.ts';
import { signupToView } from './volunteering.view.ts';
import { ownVolunteer } from './volunteering.service.ts';
import { pointToView } from './points.service.ts';
import * as repo from './volunteering.repo.ts';

/** The caller's hours (verified only), star level, points (a separate ledger), sign-ups and certificates. */
export async function myVolunteering(deps: Deps, actor: Actor) {
  authorize(actor, 'volunteer:self');
  const v = await ownVolunteer(deps, actor, false);
  if (!v)
    return {
      volunteerId: null,
      name: actor.displayName,
      verifiedMinutes: 0,
      pendingMinutes: 0,
      starLevel: 0,
      nextLevelHours: nextLevelHours(0),
      points: 0,
      signups: [],
      certificates: [],
    };
  const signups = await repo.signupsOfVolunteer(deps.db, v.id);
  const counted = signups.map((s) => ({ status: s.status, serviceMinutes: s.service_minutes }));
  const verified = verifiedMinutes(counted);
  const pending = signups.filter((s) => s.status === 'recorded').reduce((n, s) => n + (s.service_minutes ?? 0), 0);
  return {
    volunteerId: v.id,
    name: v.name,
    verifiedMinutes: verified,
    pendingMinutes: pending,
    starLevel: starLevel(verified),
    nextLevelHours: nextLevelHours(verified),
    points: await repo.pointsOf(deps.db, v.id),
    signups: signups.map((s) => ({ ...signupToView(s), title: s.title, heldOn: s.held_on })),
    certificates: (await repo.certificatesOf(deps.db, v.id)).map((c) => ({
      number: c.number,
      serviceMinutes: c.service_minutes,
      issuedOn: c.issued_on,
    })),
  };
}

/** The caller's own points entries, newest first (none before they have a volunteer profile). */
export async function myPoints(deps: Deps, actor: Actor, query: { page: number; pageSize: number }) {
  authorize(actor, 'volunteer:self');
  const me = await ownVolunteer(deps, actor, false);
  if (!me) return { items: [], total: 0, page: query.page, pageSize: query.pageSize };
  const { rows, total } = await repo.listPoints(deps.db, { volunteerId: me.id }, query.page, query.pageSize);
  return { items: rows.map(pointToView), total, page: query.page, pageSize: query.pageSize };
}

/** Issues a numbered certificate for the verified hours so far (the same one again while the hours have not changed). */
export async function issueCertificate(deps: Deps, actor: Actor) {
  authorize(actor, 'volunteer:self');
  const v = await ownVolunteer(deps, actor, false);
  if (!v) throw new AppError('NO_PROFILE');
  const minutes = verifiedMinutes(
    (await repo.signupsOfVolunteer(deps.db, v.id)).map((s) => ({
      status: s.status,
      serviceMinutes: s.service_minutes,
    })),
  );
  if (minutes === 0) throw new AppError('NO_VERIFIED_HOURS');
  const latest = (await repo.certificatesOf(deps.db, v.id))[0];
  const view = (c: { number: string; service_minutes: number; star_level: number; issued_on: string }) => ({
    number: c.number,
    serviceMinutes: c.service_minutes,
    starLevel: c.star_level,
    issuedOn: c.issued_on,
  });
  if (latest && latest.service_minutes === minutes) return view(latest);
  const issuedOn = today(deps.clock);
  const row = {
    id: newId(),
    number: certificateNumber(issuedOn.slice(0, 4)),
    volunteer_id: v.id,
    masked_name: maskName(v.name),
    service_minutes: minutes,
    star_level: starLevel(minutes),
    issued_on: issuedOn,
    created_at: nowIsoOf(deps.clock),
  };
  const communityPath = await unitPathOf(deps.db, v.community_id);
  await audited(
    deps,
    actor,
    {
      action: 'volunteer_certificate.issue',
      subjectType: 'volunteer_certificate',
      subjectId: row.id,
      orgPath: communityPath,
      changes: { number: row.number, minutes },
    },
    (trx) => repo.insertCertificate(trx, row),
  );
  return view(row);
}

/** The caller's own certificate as a PDF (Chinese font embedded). */
export async function certificatePdf(deps: Deps, actor: Actor, number: string): Promise<Buffer> {
  authorize(actor, 'volunteer:self');
  const v = await ownVolunteer(deps, actor, false);
  const cert = await repo.findCertificate(deps.db, number);
  if (!v || !cert || cert.volunteer_id !== v.id) throw new AppError('NOT_FOUND');
  const hours = (cert.service_minutes / 60).toFixed(1);
  return renderPdf(
    (doc) => {
      doc.fontSize(30).text('志愿服务证书', { align: 'center' }).moveDown(0.3);
      doc.fontSize(12).text('Volunteer Service Certificate', { align: 'center' }).moveDown(1.5);
      doc.fontSize(16).text(`${v.name} 同志：`).moveDown(0.5);
      doc
        .text(
          `截至 ${cert.issued_on}，您经组织方记录并审核的志愿服务时长累计 ${hours} 小时（不含路途时间），` +
            `${cert.star_level > 0 ? `达到${cert.star_level}星级志愿者标准，` : ''}特发此证，感谢您的奉献！`,
          { lineGap: 6 },
        )
        .moveDown(2);
      doc.fontSize(12).text(`证书编号：${cert.number}`);
      doc.text('可在平台公开页面“证书查验”输入编号核验（无需登录）。');
      doc.moveDown(2).text('秦岭路街道党工委', { align: 'right' }).text(cert.issued_on, { align: 'right' });
    },
    { landscape: true, title: cert.number },
  );
}

/** Public check of a certificate number: masked name, hours and date only. Bounded per client address. */
export async function verifyCertificate(deps: Deps, ip: string, number: string) {
  await consumeAllowance(deps, `certificate-check:${ip}`, 120, HOUR_MS);
  const cert = await repo.findCertificate(deps.db, number);
  if (!cert) throw new AppError('NOT_FOUND');
  return {
    number: cert.number,
    maskedName: cert.masked_name,
    serviceHours: Math.round((cert.service_minutes / 60) * 10) / 10,
    starLevel: cert.star_level,
    issuedOn: cert.issued_on,
  };
}
