import { describe, expect, test } from 'vitest';
import { fenToYuanText, yuanToFen } from './money.ts';

describe('yuan ↔ fen', () => {
  test.each([
    ['0', 0],
    ['1', 100],
    ['0.07', 7],
    ['0.1', 10],
    ['19.99', 1999],
    ['1234.5', 123450],
    [' 8.20 ', 820],
    ['9999999999.99', 999_999_999_999],
  ])('%s yuan is %i fen, exactly', (text, fen) => {
    expect(yuanToFen(text)).toBe(fen);
  });

  test.each(['', ' ', '-1', '1.234', '01', '1e3', '1,000', '.5', '5.', 'abc', '12345678901', 'NaN', 'Infinity'])(
    '%j is refused',
    (text) => {
      expect(yuanToFen(text)).toBeNull();
    },
  );

  test('round-trips through the text form', () => {
    for (const fen of [0, 7, 10, 1999, 123450, 550_000_000]) expect(yuanToFen(fenToYuanText(fen))).toBe(fen);
    expect(fenToYuanText(-250)).toBe('-2.50');
  });
});
