import { isIP } from 'node:net';

/** What Fastify's `trustProxy` gets: nothing, a number of proxy hops, or the proxies' addresses and ranges. */
export type TrustProxy = false | number | string[];

const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function validEntry(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  const [address, prefix, extra] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || extra !== undefined) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d{1,3}$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
}

/**
 * Which X-Forwarded-For hops are believed. `TRUST_PROXY` lists the reverse proxies (addresses, CIDR ranges or
 * loopback/linklocal/uniquelocal); `TRUST_PROXY_HOPS` says how many proxies stand in front of the server.
 * Plain `true` (believe every hop, so any client can name its own address) is refused. Returns the value, or
 * the problem for people.
 */
export function trustProxyFrom(list: string | undefined, hops: string | undefined): TrustProxy | { problem: string } {
  const raw = (list ?? '').trim();
  const listed = raw === '' || raw === 'false' ? [] : raw.split(',').map((e) => e.trim());
  if (raw === 'true')
    return {
      problem:
        'TRUST_PROXY=true would believe every X-Forwarded-For hop, so any client could choose its own address; ' +
        'set TRUST_PROXY_HOPS to the number of reverse proxies in front of the server (usually 1), ' +
        'or TRUST_PROXY to their addresses (e.g. 10.0.0.1,10.0.0.2 or 10.0.0.0/24)',
    };
  const bad = listed.filter((e) => !validEntry(e));
  if (bad.length > 0)
    return {
      problem: `TRUST_PROXY: not an IP address, CIDR range or loopback/linklocal/uniquelocal: ${bad.join(', ')}`,
    };
  const hopsText = (hops ?? '').trim();
  if (hopsText !== '') {
    if (!/^\d+$/.test(hopsText) || Number(hopsText) < 1 || Number(hopsText) > 10)
      return { problem: 'TRUST_PROXY_HOPS: a whole number of proxies from 1 to 10' };
    if (listed.length > 0) return { problem: 'TRUST_PROXY and TRUST_PROXY_HOPS: set one of them, not both' };
    return Number(hopsText);
  }
  return listed.length > 0 ? listed : false;
}

/**
 * The option for Fastify. A hop count becomes a function (Fastify itself trusts nothing for a bare number):
 * hop 0 is the socket's peer, so `n` hops believe the peer and the n−1 addresses it and its fellow proxies
 * appended; the client is the address just before them. Anyone who reaches the server without passing
 * through the proxies could then name an address, so with hops the server must be reachable only through them.
 */
export function fastifyTrustProxy(trust: TrustProxy): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (typeof trust === 'number') return (_address, hop) => hop < trust;
  return trust;
}
