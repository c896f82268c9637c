/** GB 11643-1999 citizen identity number: 17 digits + check character (0-9 or X). */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export function idNumberCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK[sum % 11];
}

export function isValidIdNumber(value: string): boolean {
  if (!/^\d{17}[\dX]$/.test(value)) return false;
  const y = Number(value.slice(6, 10));
  const m = Number(value.slice(10, 12));
  const d = Number(value.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return false;
  return idNumberCheckChar(value) === value[17];
}

/** Mainland mobile number: 11 digits starting with 1[3-9]. */
export function isValidMobile(value: string): boolean {
  return /^1[3-9]\d{9}$/.test(value);
}

/** Masks: ID 6+4, phone 3+4. */
export function maskIdNumber(value: string): string {
  return value.slice(0, 6) + '*'.repeat(value.length - 10) + value.slice(-4);
}
export function maskMobile(value: string): string {
  return `${value.slice(0, 3)}****${value.slice(-4)}`;
}

/**
 * The one masking rule for a person's name wherever it is shown masked (certificates, a request's contact, public
 * lists): the first character kept, every other one starred (张三 → 张*, 欧阳娜娜 → 欧***); a one-character name is
 * starred whole, so no name is ever shown in full.
 */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return '*';
  return chars[0] + '*'.repeat(chars.length - 1);
}
