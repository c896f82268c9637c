import { describe, expect, it } from 'vitest';
import { publicLocation, publicStatusNote, roundCoordinate } from './public-view.ts';

describe('public view of a request', () => {
  it('reduces an address to street, compound and building', () => {
    const cases: [string, string][] = [
      ['幸福小区5号楼3单元502室', '幸福小区5号楼'],
      ['甲一路A号院1号楼101', '甲一路A号院1号楼'],
      ['秦岭路1号院5-3-502', '秦岭路1号院'],
      ['建设路12号 3层', '建设路12号'],
      ['秦江社区第二网格5号楼', '秦江社区第二网格5号楼'],
      ['12 High Street, Flat 3', '12 High Street'],
    ];
    for (const [address, expected] of cases) expect(publicLocation(address, '秦江社区'), address).toBe(expected);
  });

  it('masks numbers, rounds coordinates and falls back to the community when nothing public is left', () => {
    expect(publicLocation('502室', '秦江社区')).toBe('秦江社区');
    expect(publicLocation('34.746612,113.625344', '秦江社区')).toBe('34.747,113.625');
    expect(publicLocation('建设路 电话13800000001', '秦江社区')).toBe('建设路 电话138****0001');
  });

  it('rounds coordinates to about 100 m and names statuses from a fixed list', () => {
    expect([roundCoordinate(34.746_612), roundCoordinate(-113.625_5)]).toEqual([34.747, -113.625]);
    expect(publicStatusNote('rejected')).toBe('不予受理 / not accepted');
  });
});
