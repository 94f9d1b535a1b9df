// Turns a data layer's stored style into MapLibre sources and style layers (pure, so it is tested alone).
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';

import { RASTER_SOURCE_TYPES, UPLOAD_MAX_ZOOM, UPLOAD_MIN_ZOOM, type LayerColor, type LayerStyle, type LayerView, type StepColor } from '@/lib/schemas/layer';

type ColorExpression = string | unknown[];

export function colorExpression(color: LayerColor): ColorExpression {
  if (typeof color === 'string') return color;
  if ('match' in color) {
    return ['match', ['get', color.by], ...color.match.flat(), color.fallback];
  }
  return [
    'case',
    ['!', ['has', color.by]],
    color.missing,
    ['==', ['get', color.by], null],
    color.missing,
    ['step', ['to-number', ['get', color.by]], color.base, ...color.steps.flat()],
  ];
}

/** Legend rows of a choropleth: one per class, then the colour of missing values. The labels format the numbers for the reader's language. */
export function stepLegend(color: StepColor, labels: { below: (n: number) => string; between: (a: number, b: number) => string; above: (n: number) => string; missing: string }) {
  const rows = [{ label: labels.below(color.steps[0][0]), color: color.base }];
  color.steps.forEach(([threshold, stepColour], i) => {
    const next = color.steps[i + 1];
    rows.push({ label: next ? labels.between(threshold, next[0]) : labels.above(threshold), color: stepColour });
  });
  rows.push({ label: labels.missing, color: color.missing });
  return rows;
}

type Drawable = Pick<LayerView, 'id' | 'sourceType' | 'sourceUrl' | 'sourceLayer' | 'style' | 'attribution'>;

export function isRaster(layer: Pick<LayerView, 'sourceType'>): boolean {
  return RASTER_SOURCE_TYPES.includes(layer.sourceType);
}

/** The MapLibre source of a layer; relative URLs (our own tiles) are resolved against the page. */
export function toMapSource(layer: Drawable, origin: string, attribution: string): SourceSpecification {
  const url = layer.sourceUrl.startsWith('/') ? `${origin}${layer.sourceUrl}` : layer.sourceUrl;
  if (isRaster(layer)) return { type: 'raster', tiles: [url], tileSize: 256, attribution };
  if (layer.sourceType === 'pmtiles') return { type: 'vector', url, attribution };
  if (layer.sourceType === 'upload') return { type: 'vector', tiles: [url], minzoom: UPLOAD_MIN_ZOOM, maxzoom: UPLOAD_MAX_ZOOM, attribution };
  return { type: 'vector', tiles: [url], attribution };
}

const POLYGONS = ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false];
const LINES = ['match', ['geometry-type'], ['LineString', 'MultiLineString'], true, false];
const POINTS = ['match', ['geometry-type'], ['Point', 'MultiPoint'], true, false];

/** MapLibre layer ids of a data layer, all drawn from the source with the same id. */
export function mapLayerIds(layerId: string): { flat: string[]; extrusion: string } {
  return { flat: [`${layerId}:raster`, `${layerId}:fill`, `${layerId}:outline`, `${layerId}:line`, `${layerId}:circle`], extrusion: `${layerId}:extrusion` };
}

/** Which of a layer's MapLibre layers show: in 3D, extruded polygons replace the flat fill. */
export function visibilityOf(id: string, layer: Pick<LayerView, 'id' | 'style'>, visible: boolean, threeD: boolean): 'visible' | 'none' {
  if (!visible) return 'none';
  const extruded = threeD && !!layer.style.extrude;
  if (id === `${layer.id}:extrusion`) return extruded ? 'visible' : 'none';
  if (id === `${layer.id}:fill`) return extruded ? 'none' : 'visible';
  return 'visible';
}

export function toMapLayers(layer: Drawable, visible: boolean, threeD = false): LayerSpecification[] {
  const { style } = layer;
  const source = layer.id;
  const layout = (id: string) => ({ visibility: visibilityOf(id, layer, visible, threeD) });
  if (isRaster(layer)) {
    const id = `${layer.id}:raster`;
    return [{ id, type: 'raster', source, layout: layout(id), paint: { 'raster-opacity': style.opacity } }];
  }
  const sourceLayer = layer.sourceLayer ? { 'source-layer': layer.sourceLayer } : {};
  const color = colorExpression(style.color) as never;
  const ids = { fill: `${layer.id}:fill`, outline: `${layer.id}:outline`, line: `${layer.id}:line`, circle: `${layer.id}:circle`, extrusion: `${layer.id}:extrusion` };
  const specs: LayerSpecification[] = [
    { id: ids.fill, type: 'fill', source, ...sourceLayer, filter: POLYGONS as never, layout: layout(ids.fill), paint: { 'fill-color': color, 'fill-opacity': style.opacity } },
    {
      id: ids.outline,
      type: 'line',
      source,
      ...sourceLayer,
      filter: POLYGONS as never,
      layout: layout(ids.outline),
      paint: { 'line-color': (style.outline ?? color) as never, 'line-width': style.width ?? 1, 'line-opacity': Math.min(1, style.opacity + 0.2) },
    },
    {
      id: ids.line,
      type: 'line',
      source,
      ...sourceLayer,
      filter: LINES as never,
      layout: { ...layout(ids.line), 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': color, 'line-width': (style.width ?? 1.5) * 2, 'line-opacity': style.opacity },
    },
    {
      id: ids.circle,
      type: 'circle',
      source,
      ...sourceLayer,
      filter: POINTS as never,
      layout: layout(ids.circle),
      paint: { 'circle-color': color, 'circle-radius': 3 + (style.width ?? 1) * 2, 'circle-opacity': style.opacity, 'circle-stroke-color': style.outline ?? '#ffffff', 'circle-stroke-width': 1 },
    },
  ];
  if (style.extrude) {
    specs.push({
      id: ids.extrusion,
      type: 'fill-extrusion',
      source,
      ...sourceLayer,
      filter: POLYGONS as never,
      layout: layout(ids.extrusion),
      paint: {
        'fill-extrusion-color': color,
        'fill-extrusion-opacity': Math.max(0.6, style.opacity),
        'fill-extrusion-height': ['coalesce', ['to-number', ['get', style.extrude]], 3] as never,
      },
    });
  }
  return specs;
}

/** Layers that can be clicked for their attributes (raster images have none). */
export function interactiveLayerIds(layer: Drawable): string[] {
  if (isRaster(layer)) return [];
  const ids = mapLayerIds(layer.id);
  return [...ids.flat.slice(1).filter((id) => !id.endsWith(':outline')), ...(layer.style.extrude ? [ids.extrusion] : [])];
}

export type { LayerStyle };
