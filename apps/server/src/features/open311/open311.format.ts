/**
 * GeoReport v2 serialisation: the spec's JSON (arrays of flat objects) and XML (a root element, one element per
 * item, one child element per field, text escaped). Field lists follow http://wiki.open311.org/GeoReport_v2.
 */
export type Format = 'json' | 'xml';
type Value = string | number | boolean | null | undefined | Value[] | { [k: string]: Value };

const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

function element(name: string, value: Value, itemName?: string): string {
  if (value === null || value === undefined) return `<${name}/>`;
  if (Array.isArray(value)) return `<${name}>${value.map((v) => element(itemName ?? 'item', v)).join('')}</${name}>`;
  if (typeof value === 'object')
    return `<${name}>${Object.entries(value)
      .map(([k, v]) => element(k, v, ITEM_NAMES[k]))
      .join('')}</${name}>`;
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

/** Element names of the items of list fields, as the spec's XML examples name them. */
const ITEM_NAMES: Record<string, string> = {
  endpoints: 'endpoint',
  formats: 'format',
  attributes: 'attribute',
  values: 'value',
};

/** One document: `root` holding `item` elements (or a single object for discovery and definitions). */
export function toXml(root: string, item: string | null, body: Value): string {
  const inner =
    item && Array.isArray(body)
      ? body.map((v) => element(item, v)).join('')
      : Object.entries(body as Record<string, Value>)
          .map(([k, v]) => element(k, v, ITEM_NAMES[k]))
          .join('');
  return `<?xml version="1.0" encoding="utf-8"?><${root}>${inner}</${root}>`;
}

export const CONTENT_TYPE: Record<Format, string> = {
  json: 'application/json; charset=utf-8',
  xml: 'text/xml; charset=utf-8',
};

/** The spec's error format: a list of { code, description }. */
export const errorBody = (format: Format, code: number, description: string): string =>
  format === 'json' ? JSON.stringify([{ code, description }]) : toXml('errors', 'error', [{ code, description }]);
