import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('PUBLIC_BASE_URL', () => {
  it('defaults to localhost on the configured port and drops a trailing slash', () => {
    expect(loadConfig({ PORT: '8080' }).publicBaseUrl).toBe('http://localhost:8080');
    expect(loadConfig({ PUBLIC_BASE_URL: 'https://jishi.example.gov.cn/zz/' }).publicBaseUrl).toBe(
      'https://jishi.example.gov.cn/zz',
    );
  });

  it('refuses anything but an http(s) URL without query or fragment', () => {
    for (const bad of [
      'javascript:alert(1)',
      'ftp://example.org',
      'example.org',
      'https://a.example/?x=1',
      'https://a.example/#f',
    ])
      expect(() => loadConfig({ PUBLIC_BASE_URL: bad }), bad).toThrow(/PUBLIC_BASE_URL/);
  });
});
