import { describe, expect, it } from 'vitest';

import { remoteSourceSchema } from '@/lib/schemas/layer';

import { remoteTileSource } from './remote-source';

const parse = (input: unknown) => remoteSourceSchema.parse(input);

describe('remote sources', () => {
  it('asks a WMS for Web Mercator images of the tile being drawn', () => {
    const { sourceUrl } = remoteTileSource(parse({ type: 'wms', url: 'https://geo.example.org/wms?map=flood&SERVICE=WMS', layers: 'flood zones' }));
    expect(sourceUrl).toBe(
      'https://geo.example.org/wms?map=flood&SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=flood%20zones&STYLES=&CRS=EPSG%3A3857&BBOX={bbox-epsg-3857}&WIDTH=256&HEIGHT=256&FORMAT=image%2Fpng&TRANSPARENT=TRUE',
    );
    expect(remoteTileSource(parse({ type: 'wms', url: 'https://geo.example.org/wms', layers: 'a', version: '1.1.1' })).sourceUrl).toContain('&SRS=EPSG%3A3857&');
  });

  it('fills a WMTS REST template and builds a KVP GetTile request', () => {
    expect(remoteTileSource(parse({ type: 'wmts', url: 'https://wmts.example.org/1.0.0/ortho/default/3857/{TileMatrix}/{TileRow}/{TileCol}.png' })).sourceUrl).toBe(
      'https://wmts.example.org/1.0.0/ortho/default/3857/{z}/{y}/{x}.png',
    );
    const kvp = remoteTileSource(parse({ type: 'wmts', url: 'https://wmts.example.org/wmts', layer: 'ORTHO', matrixSet: 'PM' })).sourceUrl;
    expect(kvp).toContain('LAYER=ORTHO&STYLE=default&TILEMATRIXSET=PM&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}');
  });

  it('reads PMTiles through the pmtiles protocol and keeps the vector layer name', () => {
    expect(remoteTileSource(parse({ type: 'pmtiles', url: 'https://data.example.org/trees.pmtiles', sourceLayer: 'trees' }))).toEqual({
      sourceUrl: 'pmtiles://https://data.example.org/trees.pmtiles',
      sourceLayer: 'trees',
    });
  });

  it('refuses URLs that are not web addresses or tile templates without {z}/{x}/{y}', () => {
    expect(remoteSourceSchema.safeParse({ type: 'xyz', url: 'file:///etc/passwd' }).success).toBe(false);
    expect(remoteSourceSchema.safeParse({ type: 'xyz', url: 'javascript:alert(1)//{z}{x}{y}' }).success).toBe(false);
    expect(remoteSourceSchema.safeParse({ type: 'xyz', url: 'https://tiles.example.org/{z}/{x}.png' }).error?.issues[0].message).toBe('templateNeedsZxy');
    expect(remoteSourceSchema.safeParse({ type: 'vector', url: 'https://tiles.example.org/{z}/{x}/{y}.pbf', sourceLayer: '' }).success).toBe(false);
  });
});
