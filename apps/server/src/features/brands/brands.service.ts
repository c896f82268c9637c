import type { BrandInput, HonourCreate } from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import { translateDbError } from '../../db/dialect.ts';
import type { Actor } from '../../platform/actor.ts';
import { assertInScope, authorize } from '../../platform/authorize.ts';
import { acceptPhoto, attach, readAttachment } from '../../platform/files/attachments.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { auditWho, recordAudit } from '../audit/audit.service.ts';
import { publicPremisesOf } from '../premises/premises.service.ts';
import { publicServicesUnder } from '../service-requests/catalog.service.ts';
import {
  gridsOfCommunity,
  publicUnit,
  requireCommunity,
  requireUnit,
  unitsOfKinds,
} from '../territory/territory.service.ts';
import * as repo from './brands.repo.ts';

/** Featured brands (一社区一特色), honours and demonstration sites, and the public page of a community. */
type BrandRow = Awaited<ReturnType<typeof repo.brandsIn>>[number];
type HonourRow = Awaited<ReturnType<typeof repo.honoursIn>>[number];
type PhotoRow = Awaited<ReturnType<typeof repo.photosOf>>[number];
/** The public part of a brand (the console view and the community page alike): its story, activities and photos. */
const brandBasics = (b: BrandRow, photos: PhotoRow[]) => ({
  id: b.id,
  name: b.name,
  story: b.story,
  activities: JSON.parse(b.activities) as string[],
  photoIds: photos.filter((p) => p.brand_id === b.id).map((p) => p.id),
});
const brandView = (b: BrandRow, photos: PhotoRow[]) => ({
  ...brandBasics(b, photos),
  unitId: b.unit_id,
  unitName: b.unit_name,
});
const honourView = (h: HonourRow) => ({
  id: h.id,
  unitId: h.unit_id,
  unitName: h.unit_name,
  title: h.title,
  kind: h.kind,
  holder: h.holder,
  conferredBy: h.conferred_by,
  conferredOn: h.conferred_on,
});

export async function listBrands(deps: Deps, actor: Actor, query: { unitId?: string }) {
  authorize(actor, 'service:read');
  const unitPath = query.unitId ? (await requireUnit(deps.db, actor, query.unitId)).path : undefined;
  const [brands, honours] = await Promise.all([
    repo.brandsIn(deps.db, actor.scope, unitPath),
    repo.honoursIn(deps.db, actor.scope, unitPath),
  ]);
  const photos = await repo.photosOf(
    deps.db,
    brands.map((b) => b.id),
  );
  return { brands: brands.map((b) => brandView(b, photos)), honours: honours.map(honourView) };
}

export async function createBrand(deps: Deps, actor: Actor, input: BrandInput) {
  authorize(actor, 'service:write');
  const unit = await requireCommunity(deps.db, actor, input.unitId);
  const now = nowIsoOf(deps.clock);
  try {
    await deps.db.transaction().execute(async (trx) => {
      const id = newId();
      await repo.insertBrand(trx, {
        id,
        unit_id: unit.id,
        name: input.name,
        story: input.story,
        activities: JSON.stringify(input.activities),
        created_at: now,
        updated_at: now,
      });
      await recordAudit(trx, deps, auditWho(actor), {
        action: 'brand.create',
        subjectType: 'brand',
        subjectId: id,
        orgPath: unit.path,
        changes: { name: input.name },
      });
    });
  } catch (error) {
    throw translateDbError(error);
  }
  return listBrands(deps, actor, { unitId: unit.id });
}

export async function createHonour(deps: Deps, actor: Actor, input: HonourCreate) {
  authorize(actor, 'service:write');
  const unit = await requireCommunity(deps.db, actor, input.unitId);
  await deps.db.transaction().execute(async (trx) => {
    const id = newId();
    await repo.insertHonour(trx, {
      id,
      unit_id: unit.id,
      title: input.title,
      kind: input.kind,
      holder: input.holder,
      conferred_by: input.conferredBy,
      conferred_on: input.conferredOn,
      created_at: nowIsoOf(deps.clock),
    });
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'honour.create',
      subjectType: 'honour',
      subjectId: id,
      orgPath: unit.path,
      changes: { title: input.title },
    });
  });
  return listBrands(deps, actor, { unitId: unit.id });
}

/** Communities with a public page. */
export async function publicCommunityList(deps: Deps) {
  return (await unitsOfKinds(deps.db, ['community', 'village'])).map((u) => ({ unitId: u.id, name: u.name }));
}

/** A current community or village with a public page (anything else, a merged one included, is 404). */
export async function requirePublicCommunity(deps: Deps, unitId: string) {
  const unit = await publicUnit(deps.db, unitId, ['community', 'village']);
  if (!unit) throw new AppError('NOT_FOUND');
  return unit;
}

/** The public page of a community: premises and rooms, services with prices, brand and honours; no personal data. */
export async function communityPage(deps: Deps, unitId: string) {
  const unit = await requirePublicCommunity(deps, unitId);
  const [grids, premises, services, brands, honours] = await Promise.all([
    gridsOfCommunity(deps.db, unit.id),
    publicPremisesOf(deps, unit.path),
    publicServicesUnder(deps, unit.path),
    repo.brandsIn(deps.db, null, unit.path),
    repo.honoursIn(deps.db, null, unit.path),
  ]);
  const photos = await repo.photosOf(
    deps.db,
    brands.map((b) => b.id),
  );
  return {
    unitId: unit.id,
    name: unit.name,
    grids,
    premises: premises.map((p) => ({
      name: p.name,
      address: p.address,
      openingHours: p.openingHours,
      totalAreaM2: p.totalAreaM2,
      rooms: p.rooms.map((r) => ({ id: r.id, name: r.name, kind: r.kind, capacity: r.capacity, bookable: r.bookable })),
    })),
    services: services.map((s) => ({
      code: s.code,
      name: s.name,
      description: s.description,
      programme: s.programme,
      providerName: s.providerName,
      priceKind: s.priceKind,
      priceFen: s.priceFen,
      timeLimitHours: s.timeLimitHours,
    })),
    brands: brands.map((b) => brandBasics(b, photos)),
    honours: honours.map((h) => ({
      title: h.title,
      kind: h.kind,
      holder: h.holder,
      conferredBy: h.conferred_by,
      conferredOn: h.conferred_on,
    })),
  };
}

/** A photo of a brand's activities: type by content, metadata stripped, server-made key; public on the community page. */
export async function addBrandPhoto(deps: Deps, actor: Actor, brandId: string, body: unknown) {
  authorize(actor, 'service:write');
  const brand = await repo.findBrand(deps.db, brandId);
  assertInScope(actor, brand?.unit_path);
  const image = await acceptPhoto(body);
  await attach(deps, image, async (trx, stored) => {
    const id = newId();
    await repo.insertPhoto(trx, { id, brand_id: brandId, created_at: nowIsoOf(deps.clock) }, stored);
    await recordAudit(trx, deps, auditWho(actor), {
      action: 'brand.photo',
      subjectType: 'brand',
      subjectId: brandId,
      orgPath: brand?.unit_path,
      changes: { photoId: id },
    });
  });
  return listBrands(deps, actor, { unitId: brand?.unit_id });
}

/** The bytes of a brand photo (public). */
export async function readBrandPhoto(deps: Deps, brandId: string, photoId: string) {
  return readAttachment(deps.files, await repo.findPhoto(deps.db, brandId, photoId));
}
