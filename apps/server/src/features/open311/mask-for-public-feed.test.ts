import { describe, expect, it } from 'vitest';
import { maskForPublicFeed } from './public-view.ts';

/** The public feed's free text: numbers through the shared masker, flats here. */
describe('maskForPublicFeed', () => {
  it('masks mobile numbers 3+4 as everywhere else, also written full-width or with separators and invisible characters', () => {
    for (const phone of [
      '13800000001',
      '138 0000 0001',
      '138-0000-0001',
      '１３８００００００01',
      '138\u200b0000\u200d0001',
    ])
      expect(maskForPublicFeed(`请联系${phone}谢谢`), phone).toBe('请联系138****0001谢谢');
  });

  it('masks ID numbers 6+4 with or without the X check character', () => {
    expect(maskForPublicFeed('身份证41010519900307123X，')).toBe('身份证410105********123X，');
    expect(maskForPublicFeed('ID 410105 19900307 1234 please')).toBe('ID 410105********1234 please');
  });

  it('masks unit, room and flat numbers but keeps the building', () => {
    expect(maskForPublicFeed('我住5号楼3单元502室，水管漏了')).toBe('我住5号楼***，水管漏了');
    expect(maskForPublicFeed('502室漏水')).toBe('***漏水');
    expect(maskForPublicFeed('5号楼3单元502')).toBe('5号楼***');
    expect(maskForPublicFeed('2栋1203楼道灯坏了')).toBe('2栋***楼道灯坏了');
    expect(maskForPublicFeed('住在5-3-502')).toBe('住在***');
    expect(maskForPublicFeed('Flat 12B, Room 3, apt #5')).toBe('***, ***, ***');
  });

  it('leaves ordinary text, short numbers and dates alone', () => {
    for (const text of ['单元门禁损坏', '楼道声控灯不亮', '3棵树倒了，2026-12-07 10:30 发现', 'the unit is broken'])
      expect(maskForPublicFeed(text)).toBe(text);
  });
});
