// CivicTwin's own basemap style over an installed PMTiles archive of OpenMapTiles-layout vector
// tiles (built by `npm run basemap`), or a remote basemap an admin registered. Built at run time
// because MapLibre fetches tiles from a web worker, which needs absolute URLs.
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';

import type { BasemapSource } from '@/lib/schemas/basemap';

export const OSM_ATTRIBUTION = '<a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener">© OpenStreetMap contributors</a> (ODbL)';

const FONT = { regular: ['Noto Sans Regular'], bold: ['Noto Sans Bold'], italic: ['Noto Sans Italic'] };
const NAME = ['coalesce', ['get', 'name:latin'], ['get', 'name']] as never;
const C = {
  background: '#f3f1ec',
  park: '#cde5c0',
  grass: '#d9ebcf',
  water: '#9ecae9',
  waterLabel: '#2f6690',
  building: '#ddd6cb',
  buildingLine: '#c6bcae',
  major: '#fbd98b',
  majorCasing: '#d9a94a',
  road: '#ffffff',
  roadCasing: '#cfc7bb',
  path: '#8f857a',
  rail: '#9a948d',
  label: '#3b3631',
  halo: '#ffffff',
};

const roadWidth = (base: number) => ['interpolate', ['exponential', 1.6], ['zoom'], 12, base * 0.35, 15, base, 18, base * 5] as never;

function road(id: string, classes: string[], color: string, casing: string, width: number): LayerSpecification[] {
  const filter = ['in', ['get', 'class'], ['literal', classes]] as never;
  return [
    { id: `${id}-casing`, type: 'line', source: 'basemap', 'source-layer': 'transportation', filter, layout: { 'line-cap': 'round', 'line-join': 'round' }, paint: { 'line-color': casing, 'line-width': roadWidth(width + 1.5) } },
    { id, type: 'line', source: 'basemap', 'source-layer': 'transportation', filter, layout: { 'line-cap': 'round', 'line-join': 'round' }, paint: { 'line-color': color, 'line-width': roadWidth(width) } },
  ];
}

export const BASEMAP_BUILDINGS_3D = 'building-3d';

const glyphsOf = (origin: string) => `${origin}/basemap/glyphs/{fontstack}/{range}.pbf`;

/**
 * The style a process's map opens with: ours over an installed archive (read with range requests
 * through the `pmtiles://` protocol the map registers), raster tiles under our glyphs, or the URL
 * of a remote style. A remote basemap's attribution is the map's to add (it is plain text).
 */
export function basemapStyle(origin: string, basemap: BasemapSource): StyleSpecification | string {
  if (basemap.kind !== 'installed') {
    if (basemap.kind === 'style') return basemap.url;
    return {
      version: 8,
      name: 'Remote raster basemap',
      glyphs: glyphsOf(origin),
      sources: { basemap: { type: 'raster', tiles: [basemap.url], tileSize: 256 } },
      layers: [
        { id: 'background', type: 'background', paint: { 'background-color': C.background } },
        { id: 'basemap', type: 'raster', source: 'basemap' },
      ],
    };
  }
  return {
    version: 8,
    name: 'CivicTwin light',
    glyphs: glyphsOf(origin),
    sources: {
      basemap: {
        type: 'vector',
        url: `pmtiles://${origin}${basemap.archive}`,
        attribution: OSM_ATTRIBUTION,
      },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': C.background } },
      {
        id: 'landuse',
        type: 'fill',
        source: 'basemap',
        'source-layer': 'landuse',
        paint: {
          'fill-color': ['match', ['get', 'class'], ['school', 'university', 'college', 'hospital'], '#f1e6df', ['railway'], '#e8e4df', ['residential'], '#efebe5', '#f0ece6'] as never,
        },
      },
      { id: 'landcover', type: 'fill', source: 'basemap', 'source-layer': 'landcover', paint: { 'fill-color': C.grass } },
      { id: 'park', type: 'fill', source: 'basemap', 'source-layer': 'park', paint: { 'fill-color': C.park } },
      { id: 'water', type: 'fill', source: 'basemap', 'source-layer': 'water', paint: { 'fill-color': C.water } },
      { id: 'waterway', type: 'line', source: 'basemap', 'source-layer': 'waterway', paint: { 'line-color': C.water, 'line-width': 2 } },
      {
        id: 'building',
        type: 'fill',
        source: 'basemap',
        'source-layer': 'building',
        minzoom: 13,
        paint: { 'fill-color': C.building, 'fill-outline-color': C.buildingLine, 'fill-opacity': ['interpolate', ['linear'], ['zoom'], 13, 0.4, 15, 1] as never },
      },
      {
        // Shown instead of the flat buildings in the 3D view.
        id: BASEMAP_BUILDINGS_3D,
        type: 'fill-extrusion',
        source: 'basemap',
        'source-layer': 'building',
        minzoom: 14,
        layout: { visibility: 'none' },
        paint: {
          'fill-extrusion-color': C.building,
          'fill-extrusion-height': ['coalesce', ['get', 'render_height'], 8] as never,
          'fill-extrusion-base': ['coalesce', ['get', 'render_min_height'], 0] as never,
          'fill-extrusion-opacity': 0.85,
        },
      },
      {
        id: 'path',
        type: 'line',
        source: 'basemap',
        'source-layer': 'transportation',
        minzoom: 15,
        filter: ['in', ['get', 'class'], ['literal', ['path', 'track']]] as never,
        paint: { 'line-color': C.path, 'line-width': 1, 'line-dasharray': [2, 1.5] },
      },
      ...road('road-minor', ['minor', 'service'], C.road, C.roadCasing, 2.2),
      ...road('road-secondary', ['secondary', 'tertiary'], C.road, C.roadCasing, 3),
      ...road('road-major', ['motorway', 'trunk', 'primary'], C.major, C.majorCasing, 3.6),
      {
        id: 'rail',
        type: 'line',
        source: 'basemap',
        'source-layer': 'transportation',
        filter: ['in', ['get', 'class'], ['literal', ['rail', 'narrow_gauge']]] as never,
        paint: { 'line-color': C.rail, 'line-width': 1.5, 'line-dasharray': [3, 2] },
      },
      {
        id: 'water-label',
        type: 'symbol',
        source: 'basemap',
        'source-layer': 'water_name',
        layout: { 'text-field': NAME, 'text-font': FONT.italic, 'text-size': 14, 'symbol-placement': 'point' },
        paint: { 'text-color': C.waterLabel, 'text-halo-color': C.halo, 'text-halo-width': 1 },
      },
      {
        id: 'road-label',
        type: 'symbol',
        source: 'basemap',
        'source-layer': 'transportation_name',
        minzoom: 14,
        filter: ['!', ['in', ['get', 'class'], ['literal', ['rail', 'path', 'ferry']]]] as never,
        layout: { 'text-field': NAME, 'text-font': FONT.regular, 'text-size': ['interpolate', ['linear'], ['zoom'], 14, 10, 18, 14] as never, 'symbol-placement': 'line' },
        paint: { 'text-color': C.label, 'text-halo-color': C.halo, 'text-halo-width': 1.5 },
      },
      {
        id: 'poi-label',
        type: 'symbol',
        source: 'basemap',
        'source-layer': 'poi',
        minzoom: 16,
        filter: ['all', ['has', 'name'], ['<=', ['coalesce', ['get', 'rank'], 99], 20]] as never,
        layout: { 'text-field': NAME, 'text-font': FONT.regular, 'text-size': 11, 'text-max-width': 8 },
        paint: { 'text-color': '#6b6158', 'text-halo-color': C.halo, 'text-halo-width': 1.2 },
      },
      {
        id: 'place-label',
        type: 'symbol',
        source: 'basemap',
        'source-layer': 'place',
        layout: { 'text-field': NAME, 'text-font': FONT.bold, 'text-size': 13, 'text-transform': 'uppercase', 'text-letter-spacing': 0.08 },
        paint: { 'text-color': '#5b534b', 'text-halo-color': C.halo, 'text-halo-width': 1.5 },
      },
    ],
  };
}
