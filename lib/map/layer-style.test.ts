import { describe, expect, it } from 'vitest';

import { colorExpression, mapLayerIds, toMapLayers } from './layer-style';

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
  it('draws areas as a fill with an outline, hidden when asked', () => {
    const layers = toMapLayers('green', { geometry: 'fill', color: '#009e73', opacity: 0.5 }, false);
    expect(layers.map((l) => [l.id, l.type, l.layout?.visibility])).toEqual([
      ['green:main', 'fill', 'none'],
      ['green:outline', 'line', 'none'],
    ]);
    expect(mapLayerIds('green')).toEqual(layers.map((l) => l.id));
  });

  it('draws lines and points with their own layer type', () => {
    expect(toMapLayers('roads', { geometry: 'line', color: '#000000', opacity: 1 }, true)[0]).toMatchObject({ type: 'line', layout: { visibility: 'visible' } });
    expect(toMapLayers('trees', { geometry: 'circle', color: '#000000', opacity: 1 }, true)[0]).toMatchObject({ type: 'circle' });
  });
});
