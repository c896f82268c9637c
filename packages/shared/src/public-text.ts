import { z } from 'zod';
import { maskIdNumber, maskMobile } from './id-number.ts';

/**
 * Personal numbers in free text that others will read (proposals, notices, public feeds).
 * Text is read the way a person reads it: NFKC (full-width digits become ASCII), format characters
 * (zero-width spaces and joiners, bidi marks, soft hyphens) ignored, and digits split by spaces,
 * hyphens, dots or dashes joined up again. A mobile number (optionally after +86 / 0086) or an
 * ID number made of whole digit groups counts; a longer unbroken run of digits does not.
 */

/** Characters that may sit between the digits of one number as written by a person. */
const SEPARATOR = /^[\s\-.\u00b7\u2010-\u2015\u2212\u30fb\u2027_/]$/u;
const FORMAT = /^\p{Cf}$/u;
/** At most this many separator characters between two digit groups of one number. */
const MAX_GAP = 3;
const MOBILE = /^(?:(?:00)?86)?(1[3-9]\d{9})$/;
const ID_NUMBER = /^\d{17}[\dX]$/;

interface Group {
  /** Digits after NFKC (an ID number's final X upper-cased). */
  digits: string;
  /** Start and end (exclusive) in the original text, in UTF-16 units. */
  start: number;
  end: number;
}

interface Found {
  kind: 'mobile' | 'idNumber';
  value: string;
  start: number;
  end: number;
}

/** Digit groups with the number of separator characters before each (Infinity: something else). */
function digitGroups(text: string): { group: Group; gapBefore: number }[] {
  const out: { group: Group; gapBefore: number }[] = [];
  let current: Group | null = null;
  let gap = Number.POSITIVE_INFINITY;
  let index = 0;
  for (const ch of text) {
    const start = index;
    index += ch.length;
    const n = ch.normalize('NFKC');
    const digit: string | null = /^\d$/.test(n) ? n : current && /^[xX]$/.test(n) ? 'X' : null;
    if (digit) {
      if (current && !current.digits.endsWith('X')) {
        current.digits += digit;
        current.end = index;
      } else {
        if (current) gap = 0;
        current = { digits: digit, start, end: index };
        out.push({ group: current, gapBefore: gap });
      }
      continue;
    }
    if (FORMAT.test(ch) || n === '') continue;
    if (current) {
      gap = 0;
      current = null;
    }
    gap = SEPARATOR.test(n) ? gap + 1 : Number.POSITIVE_INFINITY;
  }
  return out;
}

/** Numbers made of consecutive whole groups; the longest match starting at each group wins. */
function findNumbers(text: string): Found[] {
  const groups = digitGroups(text);
  const found: Found[] = [];
  let i = 0;
  while (i < groups.length) {
    let best: { found: Found; next: number } | null = null;
    let joined = '';
    for (let j = i; j < groups.length && joined.length <= 22; j++) {
      if (j > i && groups[j].gapBefore > MAX_GAP) break;
      if (joined.endsWith('X')) break;
      joined += groups[j].group.digits;
      const span = { start: groups[i].group.start, end: groups[j].group.end };
      const mobile = MOBILE.exec(joined);
      if (ID_NUMBER.test(joined)) best = { found: { kind: 'idNumber', value: joined, ...span }, next: j + 1 };
      else if (mobile) best = { found: { kind: 'mobile', value: mobile[1], ...span }, next: j + 1 };
    }
    if (best) found.push(best.found);
    i = best ? best.next : i + 1;
  }
  return found;
}

/** True when the text holds a mobile or ID number, however it is spaced or written. */
export function containsPersonalNumber(text: string): boolean {
  return findNumbers(text).length > 0;
}

/** The text with every mobile number masked 3+4 and every ID number 6+4 (for public output). */
export function maskPersonalText(text: string): string {
  let out = '';
  let at = 0;
  for (const f of findNumbers(text)) {
    out += text.slice(at, f.start) + (f.kind === 'mobile' ? maskMobile(f.value) : maskIdNumber(f.value));
    at = f.end;
  }
  return out + text.slice(at);
}

/** Text that may appear on a public board: never an ID number or a mobile number. */
export const zPublicText = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((v) => !containsPersonalNumber(v), { message: 'validation.publicText' });
