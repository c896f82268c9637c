/**
 * Funds of the demo subdistrict for 2015 (source report, section 一): the Party-building special fund, ¥920,000
 * ("90余万"). Amounts per community are invented demo data; only the total comes from the report.
 */
export const PARTY_BUILDING_FEN: [community: string, fen: number][] = [
  ['秦江社区', 120_000_00],
  ['锦艺西社区', 110_000_00],
  ['六厂前街社区', 110_000_00],
  ['锦艺东社区', 110_000_00],
  ['金源社区', 110_000_00],
  ['建西社区', 110_000_00],
  ['杜康社区', 110_000_00],
  ['电新街社区', 100_000_00],
];

/** 南寨村 (urban village under relocation) receives Party-building funds only. */
export const VILLAGE_PARTY_FEN = 40_000_00;
