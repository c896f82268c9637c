/**
 * Money typed in yuan (元) and stored in integer fen (分). The decimal string is split and read as
 * integers — never through a float — so "0.07" is 7 fen and "19.99" is 1999 fen exactly.
 */
export const YUAN_PATTERN = /^(0|[1-9]\d{0,9})(\.\d{1,2})?$/;

/** "1234.5" → 123450; anything that is not a plain non-negative amount with at most 2 decimals → null. */
export function yuanToFen(text: string): number | null {
  const trimmed = text.trim();
  if (!YUAN_PATTERN.test(trimmed)) return null;
  const [whole, frac = ''] = trimmed.split('.');
  return Number(whole) * 100 + Number(frac.padEnd(2, '0'));
}

/** 123450 → "1234.50" (for filling a yuan input from stored fen). */
export function fenToYuanText(fen: number): string {
  const abs = Math.abs(fen);
  return `${fen < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
