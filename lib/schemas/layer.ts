import { z } from '@/lib/zod';

import { wellFormedText } from '@/lib/schemas/text';

export const hexColorSchema = wellFormedText().regex(/^#[0-9a-fA-F]{6}$/, 'colorInvalid');

const matchColor = z.object({
  by: wellFormedText().min(1).max(64),
  match: z.array(z.tuple([z.union([wellFormedText(), z.number()]), hexColorSchema])).min(1).max(24),
  fallback: hexColorSchema,
});
const stepColor = z.object({
  by: wellFormedText().min(1).max(64),
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
export type StepColor = z.infer<typeof stepColor>;

/** How a layer is drawn. Polygons, lines and points of one layer share the colour; raster layers use the opacity only. */
export const layerStyleSchema = z.object({
  color: layerColorSchema,
  opacity: z.number().min(0).max(1),
  outline: hexColorSchema.optional(),
  width: z.number().min(0.5).max(20).optional(),
  /** Numeric attribute holding a height in metres: polygons are extruded by it in the 3D view. */
  extrude: wellFormedText().min(1).max(64).optional(),
});
export type LayerStyle = z.infer<typeof layerStyleSchema>;

export const legendSchema = z.array(z.object({ label: wellFormedText().min(1).max(80), color: hexColorSchema })).max(24);
export type LegendRow = z.infer<typeof legendSchema>[number];

/**
 * upload: a file imported on our server into vector tiles we serve;
 * the others are remote sources the browser fetches from the URL an admin registered (the server never does).
 */
export const LAYER_SOURCE_TYPES = ['upload', 'xyz', 'wms', 'wmts', 'vector', 'pmtiles'] as const;
export type LayerSourceType = (typeof LAYER_SOURCE_TYPES)[number];
export const REMOTE_SOURCE_TYPES = ['xyz', 'wms', 'wmts', 'vector', 'pmtiles'] as const;
export const RASTER_SOURCE_TYPES: readonly LayerSourceType[] = ['xyz', 'wms', 'wmts'];

/** What an imported file's attribute holds, so the style form can offer choropleths and heights. */
export const attributeSummarySchema = z.object({
  name: z.string(),
  numeric: z.boolean(),
  min: z.number().optional(),
  max: z.number().optional(),
});
export type AttributeSummary = z.infer<typeof attributeSummarySchema>;

/** A layer as the browser receives it. */
export const layerViewSchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  description: z.string(),
  owner: z.string(),
  sourceType: z.enum(LAYER_SOURCE_TYPES),
  /** Tile URL template (or pmtiles:// URL) MapLibre reads. */
  sourceUrl: z.string(),
  /** Layer name inside vector tiles. */
  sourceLayer: z.string(),
  style: layerStyleSchema,
  legend: legendSchema,
  attribution: z.string(),
  illustrative: z.boolean(),
  visibleByDefault: z.boolean(),
  position: z.number(),
  featureCount: z.number(),
  attributes: z.array(attributeSummarySchema),
  /** Its areas are the process's districts in the review. */
  districts: z.boolean(),
  /** Areas kept whole (0: it cannot be the districts). */
  areaCount: z.number(),
});
export type LayerView = z.infer<typeof layerViewSchema>;

/** The name of the single layer inside the vector tiles we make from uploads. */
export const UPLOAD_SOURCE_LAYER = 'features';
/** Tiles of uploads are made for these zooms at most; MapLibre overzooms the last one. */
export const UPLOAD_MIN_ZOOM = 6;
export const UPLOAD_MAX_ZOOM = 15;
/** A city's territory is seen from zoom 12; a region's from the zoom at which it fits in a few tiles. */
const CITY_ZOOM = 12;

/** The lowest zoom an upload is cut for, by the area people can see ([west, south, east, north]). */
export function uploadMinZoom([west, south, east, north]: [number, number, number, number]): number {
  const span = Math.max(east - west, (north - south) * 1.5);
  return Math.max(UPLOAD_MIN_ZOOM, Math.min(CITY_ZOOM, Math.floor(Math.log2(360 / span))));
}

const text = (max: number) => wellFormedText().trim().max(max);

/** Name, description, owner and presentation: what an admin sets for any kind of layer. */
export const layerDetailsSchema = z.object({
  name: text(80).min(1, 'nameRequired'),
  description: text(600).default(''),
  owner: text(120).min(1, 'ownerRequired'),
  attribution: text(300).default(''),
  style: layerStyleSchema,
  legend: legendSchema.default([]),
  illustrative: z.boolean().default(false),
  visibleByDefault: z.boolean().default(true),
});
export type LayerDetails = z.infer<typeof layerDetailsSchema>;

const webUrl = wellFormedText()
  .trim()
  .max(2000)
  .refine((value) => {
    try {
      const url = new URL(value.replaceAll(/\{[^}]*\}/g, '0'));
      return url.protocol === 'https:' || url.protocol === 'http:';
    } catch {
      return false;
    }
  }, 'urlInvalid');

const tileTemplate = webUrl.refine((value) => ['{z}', '{x}', '{y}'].every((part) => value.includes(part)), 'templateNeedsZxy');

/** A remote source as an admin registers it; the URL is only ever fetched by browsers. */
export const remoteSourceSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('xyz'), url: tileTemplate }),
  z.object({ type: z.literal('wms'), url: webUrl, layers: text(300).min(1, 'wmsLayersRequired'), version: z.enum(['1.1.1', '1.3.0']).default('1.3.0') }),
  z.object({
    type: z.literal('wmts'),
    url: webUrl,
    /** KVP endpoints need the layer and a Web Mercator tile matrix set; REST templates carry them. */
    layer: text(200).default(''),
    matrixSet: text(100).default(''),
  }),
  z.object({ type: z.literal('vector'), url: tileTemplate, sourceLayer: text(100).min(1, 'sourceLayerRequired') }),
  z.object({ type: z.literal('pmtiles'), url: webUrl, sourceLayer: text(100).min(1, 'sourceLayerRequired') }),
]);
export type RemoteSource = z.infer<typeof remoteSourceSchema>;

export const remoteLayerInputSchema = layerDetailsSchema.extend({
  source: remoteSourceSchema,
  attribution: text(300).min(1, 'attributionRequired'),
});

/** Changes to an existing layer: any detail, and its place in the list. */
export const layerPatchSchema = layerDetailsSchema.partial().extend({ position: z.number().int().min(0).max(1000).optional(), districts: z.boolean().optional() });

export const scenarioInputSchema = z.object({
  name: text(80).min(1, 'nameRequired'),
  description: text(600).default(''),
  layerIds: z.array(wellFormedText().min(1).max(64)).max(50),
});
export type ScenarioInput = z.infer<typeof scenarioInputSchema>;

export const scenarioViewSchema = z.object({ id: z.string(), name: z.string(), description: z.string(), layerIds: z.array(z.string()) });
export type ScenarioView = z.infer<typeof scenarioViewSchema>;
