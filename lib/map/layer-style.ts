// Turns a data layer's stored style into MapLibre style layers (pure, so it is tested alone).
import type { LayerSpecification } from 'maplibre-gl';

import type { LayerColor, LayerStyle } from '@/lib/schemas/layer';

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

/** MapLibre layer ids of a data layer, all drawn from the source with the same id. */
export function mapLayerIds(layerId: string): string[] {
  return [`${layerId}:main`, `${layerId}:outline`];
}

export function toMapLayers(layerId: string, style: LayerStyle, visible: boolean): LayerSpecification[] {
  const visibility = visible ? 'visible' : 'none';
  const color = colorExpression(style.color) as never;
  const [mainId, outlineId] = mapLayerIds(layerId);
  switch (style.geometry) {
    case 'fill':
      return [
        { id: mainId, type: 'fill', source: layerId, layout: { visibility }, paint: { 'fill-color': color, 'fill-opacity': style.opacity } },
        {
          id: outlineId,
          type: 'line',
          source: layerId,
          layout: { visibility },
          paint: { 'line-color': (style.outline ?? color) as never, 'line-width': style.width ?? 1, 'line-opacity': Math.min(1, style.opacity + 0.2) },
        },
      ];
    case 'line':
      return [
        { id: mainId, type: 'line', source: layerId, layout: { visibility, 'line-cap': 'round', 'line-join': 'round' }, paint: { 'line-color': color, 'line-width': style.width ?? 2, 'line-opacity': style.opacity } },
      ];
    case 'circle':
      return [
        {
          id: mainId,
          type: 'circle',
          source: layerId,
          layout: { visibility },
          paint: { 'circle-color': color, 'circle-radius': style.width ?? 5, 'circle-opacity': style.opacity, 'circle-stroke-color': style.outline ?? '#ffffff', 'circle-stroke-width': 1 },
        },
      ];
  }
}
