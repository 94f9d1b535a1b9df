import { describe, expect, it } from 'vitest';

import { colorExpression, interactiveLayerIds, mapLayerIds, stepLegend, toMapLayers, toMapSource } from './layer-style';

describe('layer colours', () => {
  it('keeps a plain colour', () => {
    expect(colorExpression('#00ff00')).toBe('#00ff00');
  });

  it('matches categories by attribute with a fallback', () => {
    expect(colorExpression({ by: 'band', match: [['high', '#d55e00'], ['low', '#f0e442']], fallback: '#999999' })).toEqual([
      'match', ['get', 'band'], 'high', '#d55e00', 'low', '#f0e442', '#999999',
    ]);
  });

  it('steps a numeric attribute and colours missing values apart', () => {
    const expression = colorExpression({ by: 'height_m', base: '#eeeeee', steps: [[15, '#aaaaaa'], [40, '#555555']], missing: '#cccccc' });
    expect(expression).toEqual([
      'case',
      ['!', ['has', 'height_m']], '#cccccc',
      ['==', ['get', 'height_m'], null], '#cccccc',
      ['step', ['to-number', ['get', 'height_m']], '#eeeeee', 15, '#aaaaaa', 40, '#555555'],
    ]);
  });
});

describe('map layers of a data layer', () => {
  const base = { id: 'green', sourceType: 'upload' as const, sourceUrl: '/api/layers/green/tiles/{z}/{x}/{y}', sourceLayer: 'features', attribution: 'Parks' };

  it('draws polygons, lines and points of a vector layer from its tiles, hidden when asked', () => {
    const layers = toMapLayers({ ...base, style: { color: '#009e73', opacity: 0.5 } }, false);
    expect(layers.map((l) => [l.id, l.type, l.layout?.visibility])).toEqual([
      ['green:fill', 'fill', 'none'],
      ['green:outline', 'line', 'none'],
      ['green:line', 'line', 'none'],
      ['green:circle', 'circle', 'none'],
    ]);
    expect(layers.every((l) => 'source-layer' in l && l['source-layer'] === 'features')).toBe(true);
    expect(mapLayerIds('green').flat).toEqual(expect.arrayContaining(layers.map((l) => l.id)));
  });

  it('extrudes by the height attribute in 3D and hides the flat fill there', () => {
    const layer = { ...base, style: { color: '#cccccc', opacity: 0.8, extrude: 'height_m' } };
    const flat = toMapLayers(layer, true, false);
    expect(flat.find((l) => l.id === 'green:extrusion')?.layout?.visibility).toBe('none');
    const threeD = toMapLayers(layer, true, true);
    expect(threeD.find((l) => l.id === 'green:extrusion')).toMatchObject({ type: 'fill-extrusion', layout: { visibility: 'visible' }, paint: { 'fill-extrusion-height': ['coalesce', ['to-number', ['get', 'height_m']], 3] } });
    expect(threeD.find((l) => l.id === 'green:fill')?.layout?.visibility).toBe('none');
  });

  it('draws raster sources as one image layer with the chosen opacity', () => {
    const layer = { ...base, sourceType: 'wms' as const, sourceUrl: 'https://geo.example.org/wms?BBOX={bbox-epsg-3857}', sourceLayer: '', style: { color: '#000000', opacity: 0.7 } };
    expect(toMapLayers(layer, true)).toEqual([{ id: 'green:raster', type: 'raster', source: 'green', layout: { visibility: 'visible' }, paint: { 'raster-opacity': 0.7 } }]);
    expect(toMapSource(layer, 'http://localhost', 'Geo')).toEqual({ type: 'raster', tiles: ['https://geo.example.org/wms?BBOX={bbox-epsg-3857}'], tileSize: 256, attribution: 'Geo' });
    expect(interactiveLayerIds(layer)).toEqual([]);
  });

  it('resolves our own tile URLs against the page and reads PMTiles as a vector source', () => {
    expect(toMapSource({ ...base, style: { color: '#000000', opacity: 1 } }, 'http://localhost:3000', '')).toMatchObject({ type: 'vector', tiles: ['http://localhost:3000/api/layers/green/tiles/{z}/{x}/{y}'], maxzoom: 15 });
    expect(toMapSource({ ...base, sourceType: 'pmtiles', sourceUrl: 'pmtiles://https://x.org/a.pmtiles', style: { color: '#000000', opacity: 1 } }, 'http://localhost', '')).toEqual({ type: 'vector', url: 'pmtiles://https://x.org/a.pmtiles', attribution: '' });
  });

  it('labels the classes of a choropleth for its legend', () => {
    const rows = stepLegend({ by: 'h', base: '#111111', steps: [[15, '#222222'], [40, '#333333']], missing: '#999999' }, {
      below: (n) => `under ${n}`,
      between: (a, b) => `${a}–${b}`,
      above: (n) => `${n}+`,
      missing: 'unknown',
    });
    expect(rows).toEqual([
      { label: 'under 15', color: '#111111' },
      { label: '15–40', color: '#222222' },
      { label: '40+', color: '#333333' },
      { label: 'unknown', color: '#999999' },
    ]);
  });
});
