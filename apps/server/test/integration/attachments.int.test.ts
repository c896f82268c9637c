import { beforeAll, describe, expect, it } from 'vitest';
import { createTestContext } from '../harness.ts';
import { buildFixture, type Fixture } from '../fixture.ts';
import { makeUser } from '../sessions.ts';
import { installServices, residentRequest, type CommunityServices } from '../services-support.ts';
import { freshCase, key, png } from '../grid-support.ts';
import { systemActor } from '../../src/features/auth/system-actor.ts';
import { uploadPhoto as uploadCasePhoto } from '../../src/features/grid/cases.photos.service.ts';
import { addPhoto as addRequestPhoto } from '../../src/features/service-requests/requests.service.ts';
import { addBrandPhoto, createBrand } from '../../src/features/brands/brands.service.ts';
import { uploadPhoto as uploadPartyLifePhoto } from '../../src/features/party-life/files.service.ts';

/**
 * The one attachment mechanism (platform/files/attachments.ts) as its four users see it: a photo whose row cannot
 * be written leaves no stored file behind, and the count limit answers one error everywhere.
 */
type Ctx = Awaited<ReturnType<typeof createTestContext>>;

describe('attachments', () => {
  let ctx: Ctx;
  let fx: Fixture;
  let s: CommunityServices;
  let residentId: string;
  const c0 = () => fx.subdistricts[0].communities[0];
  const actor = systemActor();

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await buildFixture(ctx.deps);
    s = await installServices(ctx.deps, c0().id);
    residentId = (await makeUser(ctx.deps, 'resident', c0().id)).id;
  });

  const storedKeys = async (): Promise<string[]> => {
    const keys: string[] = [];
    for await (const k of ctx.deps.files.list()) keys.push(k);
    return keys.sort();
  };

  /** Runs `upload` while the audit head's seal does not match, so the write's transaction fails at its audit record. */
  async function whileAuditRefuses(upload: () => Promise<unknown>): Promise<unknown> {
    const head = await ctx.deps.db
      .selectFrom('audit_head')
      .select('seal')
      .where('id', '=', 1)
      .executeTakeFirstOrThrow();
    await ctx.deps.db.updateTable('audit_head').set({ seal: 'tampered' }).where('id', '=', 1).execute();
    try {
      return await upload().then(
        () => null,
        (error: unknown) => error,
      );
    } finally {
      await ctx.deps.db.updateTable('audit_head').set({ seal: head.seal }).where('id', '=', 1).execute();
    }
  }

  it('a photo whose transaction fails leaves no stored file, for every feature that attaches one', async () => {
    const gridCase = await freshCase(ctx.deps, c0().grids[0].id);
    const request = await residentRequest(ctx.deps, s, residentId);
    await createBrand(ctx.deps, actor, { unitId: c0().id, name: '红色驿站', story: '', activities: [] });
    const brandId = (
      await ctx.deps.db
        .selectFrom('community_brands')
        .select('id')
        .where('unit_id', '=', c0().id)
        .executeTakeFirstOrThrow()
    ).id;
    const image = await png();
    const uploads: Record<string, () => Promise<unknown>> = {
      'grid case': () => uploadCasePhoto(ctx.deps, actor, gridCase.id, image, { key: key(), useLocation: 'false' }),
      'service request': () => addRequestPhoto(ctx.deps, actor, request.id, image),
      brand: () => addBrandPhoto(ctx.deps, actor, brandId, image),
      'party life': () => uploadPartyLifePhoto(ctx.deps, actor, image, c0().path),
    };
    for (const [name, upload] of Object.entries(uploads)) {
      const before = await storedKeys();
      const error = await whileAuditRefuses(upload);
      expect(error, name).toBeInstanceOf(Error);
      expect(await storedKeys(), `${name}: no orphan file`).toEqual(before);
      // Control: the same upload with the audit chain intact stores exactly one file.
      await upload();
      expect((await storedKeys()).length, name).toBe(before.length + 1);
    }
  });

  it('a record takes at most six photos, with one error code for every feature', async () => {
    const gridCase = await freshCase(ctx.deps, c0().grids[0].id);
    const request = await residentRequest(ctx.deps, s, residentId);
    const image = await png();
    const uploads = {
      'grid case': () => uploadCasePhoto(ctx.deps, actor, gridCase.id, image, { key: key(), useLocation: 'false' }),
      'service request': () => addRequestPhoto(ctx.deps, actor, request.id, image),
    };
    for (const [name, upload] of Object.entries(uploads)) {
      for (let i = 0; i < 6; i++) await upload();
      const before = await storedKeys();
      await expect(upload(), name).rejects.toMatchObject({ code: 'ATTACHMENT_LIMIT', status: 409 });
      expect(await storedKeys(), name).toEqual(before);
    }
  });
});
