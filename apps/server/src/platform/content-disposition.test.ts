import { describe, expect, it } from 'vitest';
import { attachmentName, contentDisposition } from './content-disposition.ts';

describe('Content-Disposition', () => {
  it('sends a Chinese name in filename* with an ASCII fallback in filename', () => {
    expect(attachmentName('居民名单', 'residents', 'xlsx')).toBe(
      `attachment; filename="residents.xlsx"; filename*=UTF-8''%E5%B1%85%E6%B0%91%E5%90%8D%E5%8D%95.xlsx`,
    );
  });

  it('sends a plain ASCII name once, and no name at all when there is none', () => {
    expect(contentDisposition('inline', { name: 'calendar.ics' })).toBe('inline; filename="calendar.ics"');
    expect(contentDisposition('inline')).toBe('inline');
  });

  it('escapes what RFC 5987 does not allow raw and keeps the fallback a valid quoted Latin-1 string', () => {
    const header = contentDisposition('attachment', { name: `报告 (it's "final")*.pdf` });
    expect(header).toBe(
      `attachment; filename="__ (it's _final_)*.pdf"; filename*=UTF-8''%E6%8A%A5%E5%91%8A%20%28it%27s%20%22final%22%29%2A.pdf`,
    );
    expect(/^[\x20-\x7e]*$/.test(header)).toBe(true);
    expect(contentDisposition('attachment', { name: 'a\\b\r\n.txt' })).toBe(
      `attachment; filename="a_b__.txt"; filename*=UTF-8''a%5Cb%0D%0A.txt`,
    );
  });
});
