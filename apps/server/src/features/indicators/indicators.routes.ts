import {
  indicatorCatalogueView,
  indicatorQuery,
  indicatorCodeParams,
  indicatorValuesView,
  indicatorChildrenView,
  indicatorSeriesView,
  indicatorRankingView,
  indicatorRebuildView,
  annualReportQuery,
  gridBoundaryBody,
  boundaryParams,
  zOk,
} from '@jishi/shared';
import type { Deps } from '../../deps.ts';
import { actorOf, type App } from '../../platform/http-types.ts';
import { attachmentName } from '../../platform/content-disposition.ts';
import { XLSX_MIME } from '../../platform/xlsx.ts';
import { COUNTERS } from './catalogue.ts';
import {
  catalogue,
  indicatorChildren,
  indicatorRanking,
  indicatorSeries,
  indicatorValues,
} from './indicators.service.ts';
import { exportIndicatorTable } from './export.service.ts';
import { rebuildAsActor } from './rollups.service.ts';
import { annualReport } from './report.service.ts';
import { setBoundary } from '../territory/boundary.service.ts';

/** Read-only indicator API (dashboards, big screen, exports) and the admin's roll-up rebuild. */
export function indicatorRoutes(app: App, deps: Deps): void {
  const read = { access: 'dashboard:read' } as const;
  app.get(
    '/api/indicators/catalogue',
    { config: read, schema: { response: { 200: indicatorCatalogueView } } },
    async (req) => catalogue(actorOf(req)),
  );
  app.get(
    '/api/indicators/values',
    { config: read, schema: { querystring: indicatorQuery, response: { 200: indicatorValuesView } } },
    async (req) => indicatorValues(deps, actorOf(req), req.query),
  );
  app.get(
    '/api/indicators/children',
    { config: read, schema: { querystring: indicatorQuery, response: { 200: indicatorChildrenView } } },
    async (req) => indicatorChildren(deps, actorOf(req), req.query),
  );
  app.get(
    '/api/indicators/:code/series',
    {
      config: read,
      schema: { params: indicatorCodeParams, querystring: indicatorQuery, response: { 200: indicatorSeriesView } },
    },
    async (req) => indicatorSeries(deps, actorOf(req), req.params.code, req.query),
  );
  app.get(
    '/api/indicators/:code/ranking',
    {
      config: read,
      schema: { params: indicatorCodeParams, querystring: indicatorQuery, response: { 200: indicatorRankingView } },
    },
    async (req) => indicatorRanking(deps, actorOf(req), req.params.code, req.query),
  );
  app.get(
    '/api/indicators/export.xlsx',
    { config: read, schema: { querystring: indicatorQuery } },
    async (req, reply) => {
      const { stream, name } = await exportIndicatorTable(deps, actorOf(req), req.query);
      return reply
        .type(XLSX_MIME)
        .header('content-disposition', attachmentName(name, 'report', 'xlsx'))
        .send(stream);
    },
  );
  app.get(
    '/api/indicators/annual-report',
    { config: read, schema: { querystring: annualReportQuery } },
    async (req, reply) => {
      const { body, name, mime } = await annualReport(deps, actorOf(req), req.query);
      return reply
        .type(mime)
        .header('content-disposition', attachmentName(name, 'report', req.query.format))
        .send(body);
    },
  );
  app.post(
    '/api/indicators/rebuild',
    { config: { access: 'indicator:rebuild' }, schema: { response: { 200: indicatorRebuildView } } },
    async (req) => ({ counters: await rebuildAsActor(deps, actorOf(req), COUNTERS) }),
  );
  app.put(
    '/api/territory/units/:id/boundary',
    {
      config: { access: 'territory:write' },
      schema: { params: boundaryParams, body: gridBoundaryBody, response: { 200: zOk } },
    },
    async (req) => setBoundary(deps, actorOf(req), req.params.id, req.body),
  );
}
