import { describe, expect, it } from 'vitest';
import { cutUtf8, renderMarkdown, ROBOT_CONTENT_MAX_BYTES } from './markdown.ts';

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

describe('cutting a robot message at 4096 bytes', () => {
  it('leaves a text that fits as it is, to the exact byte', () => {
    const exact = 'a'.repeat(4096);
    expect(cutUtf8(exact, 4096)).toBe(exact);
    expect(cutUtf8('网格', 6)).toBe('网格');
  });

  it('cuts on a character boundary and ends with an ellipsis', () => {
    // 2000 Chinese characters = 6000 bytes; the ellipsis is 3 bytes, so 4093 bytes remain for text: 1364 characters
    // take 4092 bytes, and the 1365th would be split — it is left out whole.
    const cut = cutUtf8('网'.repeat(2000), 4096);
    expect(cut).toBe(`${'网'.repeat(1364)}…`);
    expect(bytes(cut)).toBe(4095);
    expect(cut).not.toContain('\uFFFD');
  });

  it('never splits a four-byte character (an emoji) or a two-byte one', () => {
    for (let max = 4; max <= 40; max++) {
      for (const text of ['😀'.repeat(20), 'é'.repeat(30), `ab${'网😀é'.repeat(10)}`]) {
        const cut = cutUtf8(text, max);
        expect(bytes(cut)).toBeLessThanOrEqual(max);
        expect(cut).not.toContain('\uFFFD');
        expect(text.startsWith(cut.replace(/…$/, ''))).toBe(true);
      }
    }
  });
});

describe('rendering a group message as markdown', () => {
  const message = {
    title: '待办提醒',
    lines: ['3 个网格未报', '2 件事项已升级'],
    link: 'https://jishi.example/console',
  };

  it('writes a heading, one line each and the link, in each platform’s line breaks', () => {
    expect(renderMarkdown(message, 'wecom')).toBe(
      '### 待办提醒\n3 个网格未报\n2 件事项已升级\n[查看详情](https://jishi.example/console)',
    );
    expect(renderMarkdown(message, 'dingtalk')).toBe(
      '### 待办提醒\n\n3 个网格未报\n\n2 件事项已升级\n\n[查看详情](https://jishi.example/console)',
    );
  });

  it('keeps the link whole at the end when the lines are cut', () => {
    const long = { ...message, lines: Array.from({ length: 400 }, (_, i) => `第 ${i} 个网格今日未报`) };
    for (const flavour of ['wecom', 'dingtalk'] as const) {
      const text = renderMarkdown(long, flavour);
      expect(bytes(text)).toBeLessThanOrEqual(ROBOT_CONTENT_MAX_BYTES);
      const gap = flavour === 'wecom' ? '\n' : '\n\n';
      expect(text.endsWith(`…${gap}[查看详情](https://jishi.example/console)`)).toBe(true);
    }
  });

  it('leaves out a link that is not a web address and flattens line breaks inside a line', () => {
    const text = renderMarkdown({ title: 'a\nb', lines: ['c\r\n\r\nd'], link: 'javascript:alert(1)' }, 'wecom');
    expect(text).toBe('### a b\nc d');
    expect(renderMarkdown({ title: 't', lines: [], link: null }, 'wecom')).toBe('### t');
  });

  it('keeps typed text from forming a link or a tag', () => {
    const text = renderMarkdown(
      { title: '[点我](https://evil.example)', lines: ['<font color="warning">急</font>'], link: null },
      'wecom',
    );
    expect(text).toBe('### ［点我］(https://evil.example)\n＜font color="warning"＞急＜/font＞');
  });
});
