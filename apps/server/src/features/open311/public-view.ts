import { maskPersonalText, type RequestStatus } from '@jishi/shared';

/**
 * What the public Open311 feed may show of a request its resident agreed to publish (decision 0028): free text with
 * phone and ID numbers masked by the shared public-text masker and flat numbers masked here, the address reduced to a public location (street, compound,
 * building), coordinates rounded to about 100 m, and a status note from a fixed vocabulary.
 */
const MASK = '***';

/** Invisible characters that could split a number so a pattern misses it (zero-width, soft hyphen, bidi controls). */
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
/** A number written in digits or Chinese numerals. */
const N = '(?:\\d+|[一二三四五六七八九十百零〇两]+)[A-Za-z]?';
/** Unit, room, floor and flat tokens of an address (the building before them is kept). */
const FLAT_PATTERNS: RegExp[] = [
  new RegExp(`${N}\\s*单元(?:\\s*${N}(?:\\s*-\\s*${N})*\\s*(?:室|户|号)?)?`, 'g'),
  /\d+[A-Za-z]?(?:\s*-\s*\d+[A-Za-z]?)*\s*(?:室|户|号房)/g,
  /\d+\s*(?:层|楼层)/g,
  /(?<=号楼|栋|幢|座)\s*(?:\d+(?:\s*-\s*\d+)+|\d{3,4}[A-Za-z]?)(?:\s*号)?(?!\d)/g,
  /(?<!\d)\d{1,3}-\d{1,2}-\d{3,4}(?!\d)/g,
  /\b(?:room|rm|flat|apt|apartment|unit|suite)\b\.?\s*#?\s*[A-Za-z-]*\d[0-9A-Za-z-]*/gi,
  /#\s*\d+/g,
];

/**
 * NFKC applied where it yields an ASCII letter, digit or separator (full-width or circled digits, full-width
 * letters, hyphens and spaces), so patterns see through look-alikes; Chinese punctuation is kept as written.
 */
const normalise = (text: string): string =>
  [...text.replace(INVISIBLE, '')]
    .map((ch) => {
      const n = ch.normalize('NFKC');
      return /^[0-9A-Za-z#\s.\-_]$/.test(n) ? n : ch;
    })
    .join('');

/**
 * Free text for the public feed: mobile and ID numbers masked by the shared public-text masker (however they are
 * spaced or written), then unit, room and flat numbers (the building is kept).
 */
export function maskForPublicFeed(text: string): string {
  let out = normalise(maskPersonalText(text));
  for (const p of FLAT_PATTERNS) out = out.replace(p, MASK);
  return out;
}

/**
 * The public location of an address: cut before the first unit, room, floor or flat token, numbers masked;
 * `fallback` (the community's name) when nothing public is left.
 */
export function publicLocation(address: string, fallback: string): string {
  const text = normalise(maskPersonalText(address));
  let end = text.length;
  for (const p of FLAT_PATTERNS) {
    const m = new RegExp(p.source, p.flags.replace('g', '')).exec(text);
    if (m && m.index < end) end = m.index;
  }
  const kept = text
    .slice(0, end)
    .replace(/\d+\.\d{4,}/g, (x) => String(roundCoordinate(Number(x))))
    .replace(/[\s,，、;；:：\-#(（]+$/, '');
  return kept || fallback;
}

/** A coordinate rounded to 3 decimals (about 100 m). */
export const roundCoordinate = (x: number): number => Math.round(x * 1000) / 1000;

/** The only status notes the public feed carries: the status's name, never a note staff wrote. */
const STATUS_NOTES: Record<RequestStatus, string> = {
  submitted: '已提交 / submitted',
  accepted: '已受理 / accepted',
  dispatched: '已派单 / dispatched',
  in_progress: '办理中 / in progress',
  done: '已办结 / done',
  rated: '已评价 / rated',
  closed: '已归档 / closed',
  rejected: '不予受理 / not accepted',
};
export const publicStatusNote = (status: RequestStatus): string => STATUS_NOTES[status];
