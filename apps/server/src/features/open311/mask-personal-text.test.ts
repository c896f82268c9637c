import { describe, expect, it } from 'vitest';
import { maskPersonalText } from './public-view.ts';

/** The local stand-in for the shared public-text masker (swapped for the shared one with these tests). */
describe('maskPersonalText', () => {
  it('masks mobile numbers, also written full-width or with separators and invisible characters', () => {
    for (const phone of [
      '13800000001',
      '138 0000 0001',
      '138-0000-0001',
      '１３８００００００01',
      '138\u200b0000\u200d0001',
    ])
      expect(maskPersonalText(`请联系${phone}谢谢`), phone).toBe('请联系***谢谢');
  });

  it('masks ID numbers with or without the X check character', () => {
    expect(maskPersonalText('身份证41010519900307123X，')).toBe('身份证***，');
    expect(maskPersonalText('ID 410105 19900307 1234 please')).toBe('ID *** please');
  });

  it('masks unit, room and flat numbers but keeps the building', () => {
    expect(maskPersonalText('我住5号楼3单元502室，水管漏了')).toBe('我住5号楼***，水管漏了');
    expect(maskPersonalText('502室漏水')).toBe('***漏水');
    expect(maskPersonalText('5号楼3单元502')).toBe('5号楼***');
    expect(maskPersonalText('2栋1203楼道灯坏了')).toBe('2栋***楼道灯坏了');
    expect(maskPersonalText('住在5-3-502')).toBe('住在***');
    expect(maskPersonalText('Flat 12B, Room 3, apt #5')).toBe('***, ***, ***');
  });

  it('leaves ordinary text, short numbers and dates alone', () => {
    for (const text of ['单元门禁损坏', '楼道声控灯不亮', '3棵树倒了，2026-12-07 10:30 发现', 'the unit is broken'])
      expect(maskPersonalText(text)).toBe(text);
  });
});
