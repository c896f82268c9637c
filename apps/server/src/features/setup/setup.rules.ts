/**
 * The 9-digit statistical division code (统计用区划代码) of a township-level unit: province (2), prefecture
 * (2), county (2), township (3), as published by the National Bureau of Statistics and numbered after
 * GB/T 2260 and GB/T 10114-2003 (001–099 街道, 100–199 镇, 200–399 乡, 400–599 other township-level units).
 */
const PROVINCES = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
]);

/** Why a text is not a township-level division code, or null when it is one. */
export function divisionCodeProblem(code: string): string | null {
  if (!/^\d{9}$/.test(code)) return 'must be the 9-digit statistical division code of the subdistrict (e.g. 110105001)';
  if (!PROVINCES.has(code.slice(0, 2))) return `starts with ${code.slice(0, 2)}, which is no province-level code`;
  if (code.slice(2, 4) === '00' || code.slice(4, 6) === '00')
    return 'names no prefecture or county (digits 3–6 must not be 00)';
  const township = Number(code.slice(6));
  if (township < 1 || township > 599) return 'has no township-level part (digits 7–9 must be 001–599)';
  return null;
}

/** The territory root's name: one line of ordinary text. */
export function unitNameProblem(name: string): string | null {
  const trimmed = name.trim();
  if (trimmed.length < 2 || trimmed.length > 60) return 'must be 2 to 60 characters';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/.test(trimmed))
    return 'must not contain control or direction characters';
  return null;
}
