import type { HonourKind } from '@jishi/shared';
/** A community's featured brand (一社区一特色). `activities` is a JSON array of text. */
export interface BrandTable {
  id: string;
  unit_id: string;
  name: string;
  story: string;
  activities: string;
  created_at: string;
  updated_at: string;
}

/** An honour or demonstration-site title (示范点) conferred on a community or one of its bodies. */
export interface HonourTable {
  id: string;
  unit_id: string;
  title: string;
  /** 'honour' | 'demonstration_site' */
  kind: HonourKind;
  /** Who holds it: the community Party committee, a day-care station, … */
  holder: string;
  conferred_by: string;
  conferred_on: string;
  created_at: string;
}

/** A photo of a brand's activities (public on the community page). */
export interface BrandPhotoTable {
  id: string;
  brand_id: string;
  storage_key: string;
  mime: string;
  bytes: number;
  created_at: string;
}
