import { describe, expect, it } from 'vitest';
import { trustProxyFrom } from './trust-proxy.ts';
import { loadConfig } from './config.ts';

describe('trusted proxies', () => {
  it('trusts nothing by default', () => {
    expect(trustProxyFrom(undefined, undefined)).toBe(false);
    expect(trustProxyFrom('false', '')).toBe(false);
  });
  it('takes a number of hops or a list of proxy addresses and ranges', () => {
    expect(trustProxyFrom(undefined, '1')).toBe(1);
    expect(trustProxyFrom('10.0.0.1, 10.0.0.2', undefined)).toEqual(['10.0.0.1', '10.0.0.2']);
    expect(trustProxyFrom('10.0.0.0/24,::1,fd00::/8,loopback', undefined)).toEqual([
      '10.0.0.0/24',
      '::1',
      'fd00::/8',
      'loopback',
    ]);
  });
  it('refuses plain true, bad entries, bad hop counts and both at once', () => {
    expect(trustProxyFrom('true', undefined)).toHaveProperty('problem');
    expect(trustProxyFrom('10.0.0.1,proxy.local', undefined)).toHaveProperty('problem');
    expect(trustProxyFrom('10.0.0.0/33', undefined)).toHaveProperty('problem');
    expect(trustProxyFrom(undefined, '0')).toHaveProperty('problem');
    expect(trustProxyFrom(undefined, 'two')).toHaveProperty('problem');
    expect(trustProxyFrom('10.0.0.1', '1')).toHaveProperty('problem');
  });
  it('the configuration refuses TRUST_PROXY=true at start-up with a message naming the way out', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY_HOPS/);
    expect(loadConfig({ TRUST_PROXY_HOPS: '2' }).trustProxy).toBe(2);
  });
});
