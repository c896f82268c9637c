import { z } from 'zod';
import { zDate, zId } from './common.schema.ts';

/** Indicators: catalogue, values, series, rankings, drill-down, exports. */
const zBilingual = z.object({ zh: z.string(), en: z.string() });
const zUnitRef = z.object({ id: z.string(), name: z.string(), kind: z.string() });
const zPeriod = z.object({ from: z.string(), to: z.string() });
const zValue = z.number().nullable();

export const indicatorDefView = z.object({
  code: z.string(),
  module: z.string(),
  name: zBilingual,
  definition: zBilingual,
  unit: z.enum(['count', 'persons', 'share', 'per_community', 'm2', 'yuan', 'hours', 'rating']),
  period: z.enum(['flow', 'stock']),
  scopeRule: zBilingual,
  target: z.object({ op: z.enum(['gt', 'gte']), value: z.number(), text: zBilingual }).nullable(),
  levels: z.array(z.string()).nullable(),
});
export type IndicatorDefView = z.infer<typeof indicatorDefView>;
export const indicatorCatalogueView = z.array(indicatorDefView);

export const indicatorQuery = z.strictObject({
  unitId: zId.optional(),
  from: zDate.optional(),
  to: zDate.optional(),
  compare: z.enum(['previous', 'year', 'none']).optional(),
});
export type IndicatorQuery = z.infer<typeof indicatorQuery>;
export const indicatorCodeParams = z.strictObject({
  code: z
    .string()
    .regex(/^[a-z_]+\.[a-z_]+$/)
    .max(80),
});

export const indicatorValuesView = z.object({
  unit: zUnitRef,
  period: zPeriod,
  comparison: zPeriod.nullable(),
  values: z.array(z.object({ code: z.string(), value: zValue, compare: zValue, meetsTarget: z.boolean().nullable() })),
});
export type IndicatorValuesView = z.infer<typeof indicatorValuesView>;

export const indicatorChildrenView = z.object({
  unit: zUnitRef,
  period: zPeriod,
  codes: z.array(z.string()),
  rows: z.array(
    z.object({ unit: zUnitRef, hasChildren: z.boolean(), boundary: z.string().nullable(), values: z.array(zValue) }),
  ),
});
export type IndicatorChildrenView = z.infer<typeof indicatorChildrenView>;

export const indicatorSeriesView = z.object({
  code: z.string(),
  unit: zUnitRef,
  points: z.array(z.object({ month: z.string(), value: zValue })),
});
export type IndicatorSeriesView = z.infer<typeof indicatorSeriesView>;

export const indicatorRankingView = z.object({
  code: z.string(),
  unit: zUnitRef,
  period: zPeriod,
  rows: z.array(z.object({ unit: zUnitRef, value: zValue, meetsTarget: z.boolean().nullable() })),
});
export type IndicatorRankingView = z.infer<typeof indicatorRankingView>;

export const indicatorRebuildView = z.object({
  counters: z.array(z.object({ counter: z.string(), cells: z.number() })),
});

export const annualReportQuery = z.strictObject({
  unitId: zId.optional(),
  year: z.coerce.number().int().min(2000).max(2100),
  format: z.enum(['docx', 'pdf']),
});

/** A grid's boundary: GeoJSON Polygon or MultiPolygon (drawn on the dashboard's map without online tiles). */
const zRing = z
  .array(z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]))
  .min(4)
  .max(5000);
export const gridBoundaryBody = z.strictObject({
  boundary: z
    .union(
      [
        z.strictObject({ type: z.literal('Polygon'), coordinates: z.array(zRing).min(1).max(20) }),
        z.strictObject({
          type: z.literal('MultiPolygon'),
          coordinates: z.array(z.array(zRing).min(1).max(20)).min(1).max(50),
        }),
      ],
      { message: 'validation.boundary' },
    )
    .nullable(),
});
export type GridBoundaryBody = z.infer<typeof gridBoundaryBody>;
export const boundaryParams = z.strictObject({ id: zId });
