import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import type { Deps } from '../src/deps.ts';
import type { Actor } from '../src/platform/actor.ts';
import { newId } from '../src/platform/ids.ts';
import { systemActor } from '../src/features/auth/system-actor.ts';
import { createCase, actOnCase } from '../src/features/grid/cases.write.service.ts';
import { uploadPhoto } from '../src/features/grid/cases.photos.service.ts';
import { nowIsoOf, systemClock } from '../src/platform/clock.ts';
import { today as localToday } from '../src/platform/local-date.ts';

/** Grid governance test helpers: posts inserted directly (fixtures), cases created through the service. */
export const key = (): string => randomUUID();

export async function givePost(
  deps: Deps,
  gridId: string,
  userId: string,
  post: 'leader' | 'worker' | 'specialist' = 'specialist',
): Promise<string> {
  const id = newId();
  await deps.db
    .insertInto('grid_posts')
    .values({
      id,
      grid_id: gridId,
      user_id: userId,
      post,
      since: '2020-01-01',
      created_by: 'test',
      created_at: nowIsoOf(systemClock),
    })
    .execute();
  return id;
}

export const caseBody = (gridId: string, over: Record<string, unknown> = {}) => ({
  gridId,
  source: 'visit',
  category: 'neighbours',
  risk: 'low',
  place: '1号楼2单元',
  description: '楼上漏水引发邻里纠纷',
  parties: [
    { name: '张三', role: '申请人' },
    { name: '李四', role: '被申请人' },
  ],
  idempotencyKey: key(),
  ...over,
});

export async function freshCase(
  deps: Deps,
  gridId: string,
  actor: Actor = systemActor(),
  over: Record<string, unknown> = {},
) {
  return createCase(deps, actor, caseBody(gridId, over) as Parameters<typeof createCase>[2]);
}

/** A case moved to mediating (accepted, assigned to `assigneeId`, mediation started). */
export async function mediatingCase(deps: Deps, gridId: string, assigneeId: string) {
  const actor = systemActor();
  const c = await freshCase(deps, gridId, actor);
  await actOnCase(deps, actor, c.id, { action: 'accept' });
  await actOnCase(deps, actor, c.id, { action: 'assign', assigneeId });
  return actOnCase(deps, actor, c.id, { action: 'mediate' });
}

/** A small PNG made on the fly (the intake re-encodes it). */
export const png = (width = 32, height = 24): Promise<Buffer> =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 120, b: 40 } } })
    .png()
    .toBuffer();

export async function casePhoto(deps: Deps, caseId: string): Promise<string> {
  const receipt = await uploadPhoto(deps, systemActor(), caseId, await png(), { key: key(), useLocation: 'false' });
  return receipt.id;
}

export const today = (): string => localToday(systemClock);

/** A JPEG carrying a GPS position in its EXIF block (34.75 N, 113.65 E: Zhengzhou). */
export const jpegWithGps = (): Promise<Buffer> =>
  sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 90, g: 90, b: 90 } } })
    .jpeg()
    .withExif({
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '34/1 45/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '113/1 39/1 0/1' },
    })
    .toBuffer();
