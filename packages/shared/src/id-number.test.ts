import { describe, expect, it } from 'vitest';
import { idNumberCheckChar, isValidIdNumber, isValidMobile, maskIdNumber, maskMobile, maskName } from './id-number.ts';

describe('GB 11643 ID numbers', () => {
  it('computes the check character (worked example of the standard: 11010519491231002X)', () => {
    expect(idNumberCheckChar('11010519491231002')).toBe('X');
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
  });
  it('rejects a wrong check digit, a bad date, lower-case x and wrong lengths', () => {
    expect(isValidIdNumber('110105194912310021')).toBe(false);
    expect(isValidIdNumber('11010519490231002X'.replace('0231', '0230'))).toBe(false);
    expect(isValidIdNumber('11010519491231002x')).toBe(false);
    expect(isValidIdNumber('1101051949123100')).toBe(false);
  });
  it('masks 6+4 and 3+4', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
    expect(maskMobile('13812345678')).toBe('138****5678');
  });
  it('masks names, keeping only the first character (one rule for certificates, requests and public lists)', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('王建国')).toBe('王**');
    expect(maskName('欧阳娜娜')).toBe('欧***');
    expect(maskName('  赵六 ')).toBe('赵*');
    expect(maskName('𠮷野家')).toBe('𠮷**');
    // a one-character name (or none) is never shown in full
    expect(maskName('李')).toBe('*');
    expect(maskName('')).toBe('*');
  });
  it('accepts mainland mobiles only', () => {
    expect(isValidMobile('13812345678')).toBe(true);
    expect(isValidMobile('12812345678')).toBe(false);
    expect(isValidMobile('1381234567')).toBe(false);
  });
});
