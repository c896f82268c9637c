import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { containsPersonalNumber, maskPersonalText, zPublicText } from './public-text.ts';
import { idNumberCheckChar } from './id-number.ts';

const ID = `11010119900307123${idNumberCheckChar('11010119900307123')}`;
const ID_X = '11010519491231002X';

const toFullWidth = (s: string): string =>
  [...s].map((c) => (/[0-9]/.test(c) ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).join('');

describe('public text: personal numbers however they are written', () => {
  const hidden: [string, string][] = [
    ['plain mobile', '请联系13800138000'],
    ['hyphens', '电话 138-0013-8000 找王阿姨'],
    ['spaces', '电话 138 0013 8000'],
    ['dots', '138.0013.8000'],
    ['en and em dashes', '138–0013—8000'],
    ['full-width digits', '手机１３８００１３８０００'],
    ['full-width hyphens and ideographic spaces', '１３８－００１３\u3000８０００'],
    ['zero-width spaces', '138\u200b0013\u200b8000'],
    ['zero-width joiners and word joiners', '1\u200d3\u20608\ufeff00138000'],
    ['digit by digit', '1 3 8 0 0 1 3 8 0 0 0'],
    ['country code', '+86 138 0013 8000'],
    ['country code run together', '8613800138000'],
    ['a trailing number after it', '138 0013 8000 2人'],
    ['ID number', `身份证${ID}`],
    ['spaced ID number', `${ID.slice(0, 6)} ${ID.slice(6, 14)} ${ID.slice(14)}`],
    ['hyphenated ID number with X', '110105-19491231-002x'],
    ['full-width ID number', toFullWidth(ID)],
  ];
  it.each(hidden)('finds and rejects: %s', (_label, text) => {
    expect(containsPersonalNumber(text)).toBe(true);
    expect(zPublicText(200).safeParse(text).success).toBe(false);
    expect(containsPersonalNumber(maskPersonalText(text))).toBe(false);
  });

  const harmless: [string, string][] = [
    ['a date and a time', '2026-12-07 14:30 在社区活动室开会'],
    ['an amount', '预算 12,500.00 元'],
    ['a landline', '010-6512 3456'],
    ['a long order number', '订单号 123456789012345678901'],
    ['a 12-digit run', '编号138001380001'],
    ['counts', '参加 13 人，其中 8 人为党员'],
  ];
  it.each(harmless)('lets through: %s', (_label, text) => {
    expect(containsPersonalNumber(text)).toBe(false);
    expect(zPublicText(200).safeParse(text).success).toBe(true);
    expect(maskPersonalText(text)).toBe(text);
  });

  it('masks phones 3+4 and ID numbers 6+4 in place, keeping the rest of the text', () => {
    expect(maskPersonalText('电话 138-0013-8000，身份证 110105 19491231 002X。')).toBe(
      '电话 138****8000，身份证 110105********002X。',
    );
    expect(maskPersonalText('１３８００１３８０００')).toBe('138****8000');
    expect(maskPersonalText(`${ID_X}与13912345678`)).toBe('110105********002X与139****5678');
  });

  it('any mobile number, written with any mix of separators and widths, is found and masked', () => {
    const sep = fc.constantFrom('', ' ', '-', '.', '–', '—', '\u200b', '\u3000', '－', ' - ');
    fc.assert(
      fc.property(
        fc.constantFrom(...'3456789'),
        fc.array(fc.constantFrom(...'0123456789'), { minLength: 9, maxLength: 9 }),
        fc.array(sep, { minLength: 10, maxLength: 10 }),
        fc.boolean(),
        fc.constantFrom('', '联系人：', '请打 ', 'Tel '),
        (second, rest, seps, wide, prefix) => {
          const digits = ['1', second, ...rest];
          let text = digits[0];
          for (let i = 1; i < digits.length; i++) text += seps[i - 1] + digits[i];
          if (wide) text = toFullWidth(text);
          const full = `${prefix}${text}，谢谢`;
          expect(containsPersonalNumber(full)).toBe(true);
          const masked = maskPersonalText(full);
          expect(masked).toBe(`${prefix}1${second}${rest[0]}****${rest.slice(5).join('')}，谢谢`);
        },
      ),
    );
  });
});
