import { describe, expect, it } from 'vitest';

import { layerCredit } from './layer-credit';

describe('layerCredit', () => {
  it('drops a credit that only repeats the basemap’s OpenStreetMap one', () => {
    for (const text of ['© OpenStreetMap contributors (ODbL 1.0)', 'OpenStreetMap contributors', ' © openstreetmap contributors. ', '']) expect(layerCredit(text)).toBe('');
  });

  it('keeps any other credit, escaped, even when it also names OpenStreetMap', () => {
    expect(layerCredit('City of London <Open Data>')).toBe('City of London &lt;Open Data&gt;');
    expect(layerCredit('Flood zones: Environment Agency; © OpenStreetMap contributors')).toBe('Flood zones: Environment Agency; © OpenStreetMap contributors');
  });
});
