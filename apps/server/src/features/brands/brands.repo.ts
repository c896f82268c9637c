import type { Conn } from '../../db/schema.ts';
import type { OrgScope } from '../../platform/org-scope.ts';
import { pathInScope } from '../../db/scope-sql.ts';
import type { StoredFile } from '../../platform/files/attachments.ts';
import type { BrandPhotoTable, BrandTable, HonourTable } from './brands.table.ts';

export const brandsIn = (db: Conn, scope: OrgScope | null, unitPath?: string) => {
  let q = db
    .selectFrom('community_brands as b')
    .innerJoin('org_units as u', 'u.id', 'b.unit_id')
    .selectAll('b')
    .select(['u.name as unit_name', 'u.path as unit_path']);
  if (scope) q = q.where(pathInScope('u.path', scope));
  if (unitPath) q = q.where('u.path', 'like', `${unitPath}%`);
  return q.orderBy('u.path').orderBy('b.name').execute();
};
export const honoursIn = (db: Conn, scope: OrgScope | null, unitPath?: string) => {
  let q = db
    .selectFrom('community_honours as h')
    .innerJoin('org_units as u', 'u.id', 'h.unit_id')
    .selectAll('h')
    .select(['u.name as unit_name', 'u.path as unit_path']);
  if (scope) q = q.where(pathInScope('u.path', scope));
  if (unitPath) q = q.where('u.path', 'like', `${unitPath}%`);
  return q.orderBy('h.conferred_on', 'desc').orderBy('h.id').execute();
};
export const insertBrand = (db: Conn, row: BrandTable) => db.insertInto('community_brands').values(row).execute();
export const insertHonour = (db: Conn, row: HonourTable) => db.insertInto('community_honours').values(row).execute();
export const findBrand = (db: Conn, id: string) =>
  db
    .selectFrom('community_brands as b')
    .innerJoin('org_units as u', 'u.id', 'b.unit_id')
    .selectAll('b')
    .select('u.path as unit_path')
    .where('b.id', '=', id)
    .executeTakeFirst();
export const photosOf = (db: Conn, brandIds: string[]) =>
  brandIds.length === 0
    ? Promise.resolve([] as { id: string; brand_id: string }[])
    : db
        .selectFrom('community_brand_photos')
        .select(['id', 'brand_id'])
        .where('brand_id', 'in', brandIds)
        .orderBy('created_at')
        .execute();
/** The stored file of one photo of a brand (`mime` is the older name of the canonical `content_type`). */
export const findPhoto = (db: Conn, brandId: string, photoId: string) =>
  db
    .selectFrom('community_brand_photos')
    .select(['storage_key as key', 'mime as contentType'])
    .where('brand_id', '=', brandId)
    .where('id', '=', photoId)
    .executeTakeFirst();
/** A brand photo: the stored file (platform/files/attachments.ts) under this table's column names. */
export const insertPhoto = (db: Conn, row: Pick<BrandPhotoTable, 'id' | 'brand_id' | 'created_at'>, file: StoredFile) =>
  db
    .insertInto('community_brand_photos')
    .values({ ...row, storage_key: file.key, mime: file.contentType, bytes: file.size })
    .execute();
