import { z } from 'zod';

export const hexColorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'colorInvalid');

const matchColor = z.object({
  by: z.string().min(1).max(64),
  match: z.array(z.tuple([z.union([z.string(), z.number()]), hexColorSchema])).min(1).max(24),
  fallback: hexColorSchema,
});
const stepColor = z.object({
  by: z.string().min(1).max(64),
  /** Colour below the first threshold, then [threshold, colour] pairs in increasing order. */
  base: hexColorSchema,
  steps: z
    .array(z.tuple([z.number(), hexColorSchema]))
    .min(1)
    .max(12)
    .refine((steps) => steps.every((step, i) => i === 0 || step[0] > steps[i - 1][0]), 'stepsNotIncreasing'),
  /** Shown where the attribute is missing. */
  missing: hexColorSchema,
});
export const layerColorSchema = z.union([hexColorSchema, matchColor, stepColor]);
export type LayerColor = z.infer<typeof layerColorSchema>;

export const layerStyleSchema = z.object({
  geometry: z.enum(['fill', 'line', 'circle']),
  color: layerColorSchema,
  opacity: z.number().min(0).max(1),
  outline: hexColorSchema.optional(),
  width: z.number().min(0.5).max(20).optional(),
});
export type LayerStyle = z.infer<typeof layerStyleSchema>;

export const legendSchema = z.array(z.object({ label: z.string().min(1).max(80), color: hexColorSchema })).max(24);
export type LegendRow = z.infer<typeof legendSchema>[number];

// Remote tiles (XYZ, WMS, WMTS, vector, PMTiles) come with layer management; bundled GeoJSON for now.
export const LAYER_SOURCE_TYPES = ['geojson'] as const;

/** A layer as the browser receives it. */
export const layerViewSchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  description: z.string(),
  owner: z.string(),
  sourceType: z.enum(LAYER_SOURCE_TYPES),
  sourceUrl: z.string(),
  style: layerStyleSchema,
  legend: legendSchema,
  attribution: z.string(),
  illustrative: z.boolean(),
  visibleByDefault: z.boolean(),
});
export type LayerView = z.infer<typeof layerViewSchema>;
