import { createHmac } from 'node:crypto';

/**
 * Alibaba Cloud's RPC-style request signing (signature method HMAC-SHA1, version 1.0), as its documentation
 * describes it: the parameters (all but Signature) sorted by name, each name and value percent-encoded, joined
 * with `=` and `&` into the canonicalized query; the string to sign is `METHOD&%2F&` + that query percent-encoded
 * once more; the signature is base64 of HMAC-SHA1 keyed with the AccessKey secret followed by `&`.
 */

/**
 * Percent-encoding as Alibaba Cloud specifies it (RFC 3986 over UTF-8): only A–Z a–z 0–9 - _ . ~ stay as they are;
 * a space is %20, never `+`. encodeURIComponent also leaves ! ' ( ) * alone, so those are encoded after it.
 */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

/** Name order is by code unit (the documented "alphabetical, case-sensitive" order). */
const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function canonicalizedQuery(params: Readonly<Record<string, string>>): string {
  return Object.keys(params)
    .filter((name) => name !== 'Signature')
    .sort(byCodeUnit)
    .map((name) => `${percentEncode(name)}=${percentEncode(params[name])}`)
    .join('&');
}

export function stringToSign(method: 'GET' | 'POST', params: Readonly<Record<string, string>>): string {
  return `${method}&${percentEncode('/')}&${percentEncode(canonicalizedQuery(params))}`;
}

export function rpcSignature(
  method: 'GET' | 'POST',
  params: Readonly<Record<string, string>>,
  accessKeySecret: string,
): string {
  return createHmac('sha1', `${accessKeySecret}&`).update(stringToSign(method, params), 'utf8').digest('base64');
}

/** The timestamp format the API asks for: UTC, ISO 8601 to the second (`2017-07-12T02:42:19Z`). */
export const rpcTimestamp = (instant: Date): string => instant.toISOString().replace(/\.\d{3}Z$/, 'Z');
