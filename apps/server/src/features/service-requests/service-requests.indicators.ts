import type { ModuleFigures } from '../indicators/indicators.types.ts';

/** Counter codes the service-request module bumps in its write transactions. */
export const REQUESTS_HANDLED = 'services.requests_handled';
export const REQUESTS_RATED = 'services.requests_rated';
export const RATING_POINTS = 'services.rating_points';

const COMMUNITY = { zh: '街道、社区', en: 'Subdistrict, community' };

/** The service-request module's figures: requests handled, rated and the satisfaction they give. */
export const serviceRequestsFigures: ModuleFigures = {
  module: 'service-requests',
  counters: [
    {
      code: REQUESTS_HANDLED,
      recount: (db) =>
        db
          .selectFrom('service_requests')
          .select(['unit_id', 'done_at as at'])
          .where('done_at', 'is not', null)
          .execute(),
    },
    {
      code: REQUESTS_RATED,
      recount: (db) =>
        db
          .selectFrom('service_requests')
          .select(['unit_id', 'done_at as at'])
          .where('done_at', 'is not', null)
          .where('rating', 'is not', null)
          .execute(),
    },
    {
      code: RATING_POINTS,
      recount: (db) =>
        db
          .selectFrom('service_requests')
          .select(['unit_id', 'done_at as at', 'rating as amount'])
          .where('done_at', 'is not', null)
          .where('rating', 'is not', null)
          .execute(),
    },
  ],
  indicators: [
    {
      code: 'services.requests_handled',
      module: 'services',
      unit: 'count',
      period: 'flow',
      name: { zh: '办结服务诉求数', en: 'Service requests handled' },
      definition: {
        zh: '期内办结（完成服务）的居民服务诉求件数',
        en: "Residents' service requests completed in the period",
      },
      scopeRule: COMMUNITY,
      source: { kind: 'counter', counter: REQUESTS_HANDLED },
    },
    {
      code: 'services.requests_rated',
      module: 'services',
      unit: 'count',
      period: 'flow',
      name: { zh: '已评价诉求数', en: 'Handled requests rated' },
      definition: {
        zh: '期内办结并已由居民评价的诉求件数',
        en: 'Requests completed in the period and rated by the resident',
      },
      scopeRule: COMMUNITY,
      source: { kind: 'counter', counter: REQUESTS_RATED },
    },
    {
      code: 'services.rating_points',
      module: 'services',
      unit: 'rating',
      period: 'flow',
      name: { zh: '评价总分', en: 'Rating points' },
      definition: {
        zh: '期内办结诉求的居民评分之和（1–5分）',
        en: "Sum of the residents' ratings (1–5) of requests completed in the period",
      },
      scopeRule: COMMUNITY,
      source: { kind: 'counter', counter: RATING_POINTS },
    },
    {
      code: 'services.satisfaction',
      module: 'services',
      unit: 'rating',
      period: 'flow',
      name: { zh: '群众满意度（平均评分）', en: 'Satisfaction (average rating)' },
      definition: {
        zh: '评价总分 ÷ 已评价诉求数（满分5分）',
        en: 'Rating points divided by rated requests (out of 5)',
      },
      scopeRule: COMMUNITY,
      source: {
        kind: 'ratio',
        numerator: 'services.rating_points',
        denominator: 'services.requests_rated',
        decimals: 2,
      },
    },
  ],
};
