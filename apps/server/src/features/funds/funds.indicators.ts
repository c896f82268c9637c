import type { FundKind } from '@jishi/shared';
import type { Conn } from '../../db/schema.ts';
import type { ModuleFigures } from '../indicators/indicators.types.ts';

/** Counter codes the funds module bumps in its write transactions. */
export const CONSTRUCTION_FUND_FEN = 'services.construction_fund_fen';
export const PARTY_FUND_FEN = 'services.party_fund_fen';

/** The fund counter a kind of allocation adds to (none for the other kinds). */
export const fundCounterOf = (kind: string): string | null =>
  kind === 'community_construction' ? CONSTRUCTION_FUND_FEN : kind === 'party_building' ? PARTY_FUND_FEN : null;

const fundRows = (db: Conn, kind: FundKind) =>
  db
    .selectFrom('fund_allocations')
    .select(['recipient_unit_id as unit_id', 'allocated_on as at', 'amount_fen as amount'])
    .where('kind', '=', kind)
    .execute();

const COMMUNITY = { zh: '街道、社区', en: 'Subdistrict, community' };

/** The funds module's figures: the special funds allocated to communities (roll-up counters in fen). */
export const fundsFigures: ModuleFigures = {
  module: 'funds',
  counters: [
    { code: CONSTRUCTION_FUND_FEN, recount: (db) => fundRows(db, 'community_construction') },
    { code: PARTY_FUND_FEN, recount: (db) => fundRows(db, 'party_building') },
  ],
  indicators: [
    {
      code: 'services.construction_fund',
      module: 'services',
      unit: 'yuan',
      period: 'flow',
      name: { zh: '社区建设专项经费', en: 'Community-construction special fund' },
      definition: {
        zh: '期内下拨到社区（村）的社区建设专项经费（元）',
        en: 'Community-construction special fund allocated to communities and villages in the period (yuan)',
      },
      scopeRule: COMMUNITY,
      source: { kind: 'counter', counter: CONSTRUCTION_FUND_FEN, scale: 100 },
    },
    {
      code: 'services.party_fund',
      module: 'services',
      unit: 'yuan',
      period: 'flow',
      name: { zh: '党建专项经费', en: 'Party-building special fund' },
      definition: {
        zh: '期内下拨到社区（村）的党建工作专项经费（元）',
        en: 'Party-building special fund allocated to communities and villages in the period (yuan)',
      },
      scopeRule: COMMUNITY,
      source: { kind: 'counter', counter: PARTY_FUND_FEN, scale: 100 },
    },
  ],
};
