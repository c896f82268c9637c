import {
  MESSAGE_KINDS,
  type RobotCreateBody,
  type RobotListView,
  type RobotPlatformCode,
  type RobotUpdateBody,
  type RobotView,
} from '@jishi/shared';
import type { Conn } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../platform/actor.ts';
import { authorize, inScope } from '../../platform/authorize.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { subdistrictIdOf } from '../../platform/org-scope.ts';
import { audited } from '../audit/audit.service.ts';
import { requireUnit, unitNamesById } from '../territory/territory.service.ts';
import type { RobotTable } from './messages.table.ts';
import * as repo from './robots.repo.ts';
import { dropPendingOf, pendingRow, queue } from './outbox.repo.ts';
import { parseList } from './lists.ts';
import { SECRET_FIELD, WEBHOOK_FIELD } from './sealed-fields.ts';

/**
 * Group robots (群机器人) of WeCom and DingTalk that a unit registers (`robot:manage`): a community secretary for her
 * community, a subdistrict administrator for the subdistrict and its communities. The webhook (whose key is the
 * credential) and the signing secret are sealed at rest and never returned: the view shows the host and the last
 * four characters.
 */

/** The hosts each platform's robots post to (their documented webhook addresses). */
const PLATFORM_HOSTS: Record<RobotPlatformCode, string> = {
  wecom: 'qyapi.weixin.qq.com',
  dingtalk: 'oapi.dingtalk.com',
};
/** Local stand-ins of the platforms, accepted in demo mode only (development, tests). */
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

const invalid = (field: string, message: string) =>
  new AppError('VALIDATION', { issues: [{ code: 'custom', path: ['body', field], message }] });

function checkWebhook(deps: Deps, platform: RobotPlatformCode, url: string): void {
  const u = new URL(url);
  const official = u.protocol === 'https:' && u.hostname === PLATFORM_HOSTS[platform];
  if (!official && !(deps.config.demo && LOOPBACK.has(u.hostname)))
    throw invalid('webhookUrl', 'validation.webhookHost');
}

function checkSecret(platform: RobotPlatformCode, secret: string | null | undefined): void {
  if (platform !== 'dingtalk' && secret) throw invalid('secret', 'validation.robotSecret');
}

function hintOf(deps: Deps, r: RobotTable): string {
  const url = deps.cipher.decrypt(WEBHOOK_FIELD, r.webhook_url);
  return `${new URL(url).host} …${url.slice(-4)}`;
}

function toView(deps: Deps, r: RobotTable, names: Map<string, string>): RobotView {
  return {
    id: r.id,
    unitId: r.unit_id,
    unitName: names.get(r.unit_id) ?? '',
    platform: r.platform,
    name: r.name,
    webhookHint: hintOf(deps, r),
    hasSecret: r.secret !== null,
    kinds: parseList(r.kinds),
    enabled: r.enabled === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

const GROUP_KINDS = MESSAGE_KINDS.filter((k) => k.group).map((k) => k.kind);

export async function listRobots(deps: Deps, actor: Actor): Promise<RobotListView> {
  authorize(actor, 'robot:manage');
  const rows = await repo.robotsInScope(deps.db, actor.scope);
  const names = await unitNamesById(
    deps.db,
    rows.map((r) => r.unit_id),
  );
  return { items: rows.map((r) => toView(deps, r, names)), kinds: GROUP_KINDS };
}

async function viewOf(deps: Deps, r: RobotTable): Promise<RobotView> {
  return toView(deps, r, await unitNamesById(deps.db, [r.unit_id]));
}

export async function createRobot(deps: Deps, actor: Actor, input: RobotCreateBody): Promise<RobotView> {
  authorize(actor, 'robot:manage');
  const unit = await requireUnit(deps.db, actor, input.unitId);
  if (!['subdistrict', 'community', 'village'].includes(unit.kind) || unit.valid_to !== null)
    throw invalid('unitId', 'validation.robotUnit');
  checkWebhook(deps, input.platform, input.webhookUrl);
  checkSecret(input.platform, input.secret);
  const now = nowIsoOf(deps.clock);
  const row: RobotTable = {
    id: newId(),
    subdistrict_id: subdistrictIdOf(unit.path),
    unit_id: unit.id,
    unit_path: unit.path,
    platform: input.platform,
    name: input.name,
    webhook_url: deps.cipher.encrypt(WEBHOOK_FIELD, input.webhookUrl),
    secret: input.secret ? deps.cipher.encrypt(SECRET_FIELD, input.secret) : null,
    kinds: JSON.stringify([...new Set(input.kinds)].sort()),
    enabled: input.enabled ? 1 : 0,
    created_by: actor.userId,
    created_at: now,
    updated_at: now,
  };
  await audited(
    deps,
    actor,
    {
      action: 'robot.create',
      subjectType: 'robot',
      subjectId: row.id,
      orgPath: unit.path,
      changes: { platform: row.platform, name: row.name, kinds: parseList(row.kinds), enabled: input.enabled },
    },
    (trx) => repo.insertRobot(trx, row),
  );
  return viewOf(deps, row);
}

const robotInScope = async (db: Conn, actor: Actor, id: string) =>
  inScope(actor, await repo.findRobot(db, id), (r) => r.unit_path);

export async function updateRobot(deps: Deps, actor: Actor, id: string, input: RobotUpdateBody): Promise<RobotView> {
  authorize(actor, 'robot:manage');
  const before = await robotInScope(deps.db, actor, id);
  if (input.webhookUrl !== undefined) checkWebhook(deps, before.platform, input.webhookUrl);
  checkSecret(before.platform, input.secret);
  const change: Partial<RobotTable> = {
    name: input.name,
    kinds: JSON.stringify([...new Set(input.kinds)].sort()),
    enabled: input.enabled ? 1 : 0,
    updated_at: nowIsoOf(deps.clock),
  };
  if (input.webhookUrl !== undefined) change.webhook_url = deps.cipher.encrypt(WEBHOOK_FIELD, input.webhookUrl);
  if (input.secret !== undefined)
    change.secret = input.secret === null ? null : deps.cipher.encrypt(SECRET_FIELD, input.secret);
  await audited(
    deps,
    actor,
    {
      action: 'robot.update',
      subjectType: 'robot',
      subjectId: id,
      orgPath: before.unit_path,
      changes: {
        name: input.name,
        kinds: parseList(change.kinds as string),
        enabled: input.enabled,
        webhook: input.webhookUrl === undefined ? 'kept' : 'replaced',
        secret: input.secret === undefined ? 'kept' : input.secret === null ? 'removed' : 'replaced',
      },
    },
    (trx) => repo.updateRobot(trx, id, change),
  );
  return viewOf(deps, { ...before, ...change });
}

/** Removes the robot; what still waited to go to it is marked failed (the outbox keeps the record). */
export async function deleteRobot(deps: Deps, actor: Actor, id: string) {
  authorize(actor, 'robot:manage');
  const before = await robotInScope(deps.db, actor, id);
  await audited(
    deps,
    actor,
    { action: 'robot.delete', subjectType: 'robot', subjectId: id, orgPath: before.unit_path },
    async (trx) => {
      await dropPendingOf(trx, id, 'robot removed');
      await repo.deleteRobot(trx, id);
    },
  );
  return { ok: true as const };
}

/** Queues a test post to the robot (delivered by the next delivery pass, like any other). */
export async function testRobot(deps: Deps, actor: Actor, id: string) {
  authorize(actor, 'robot:manage');
  const robot = await robotInScope(deps.db, actor, id);
  const now = nowIsoOf(deps.clock);
  const outboxId = newId();
  await audited(
    deps,
    actor,
    { action: 'robot.test', subjectType: 'robot', subjectId: id, orgPath: robot.unit_path },
    (trx) =>
      queue(trx, [
        pendingRow(
          {
            id: outboxId,
            kind: 'messages.test',
            dedupe_key: outboxId,
            channel: robot.platform,
            target_id: robot.id,
            payload: JSON.stringify({
              title: '基石平台测试消息',
              lines: [`群机器人「${robot.name}」已接入基石平台，今后将在此推送所选类型的提醒。`],
              link: deps.config.publicBaseUrl,
            }),
          },
          now,
        ),
      ]),
  );
  return { ok: true as const };
}
