// Turns a remote source as an admin registers it into the URL template MapLibre fetches.
import { UPLOAD_SOURCE_LAYER, type RemoteSource } from '@/lib/schemas/layer';

function withQuery(base: string, params: Record<string, string>): string {
  const [path, query = ''] = base.split('?');
  const kept = query.split('&').filter((pair) => pair && !Object.keys(params).some((key) => pair.toUpperCase().startsWith(`${key}=`)));
  // MapLibre fills {bbox-epsg-3857}, {z}, {x} and {y}: those must stay unescaped.
  const added = Object.entries(params).map(([key, value]) => `${key}=${value.startsWith('{') ? value : encodeURIComponent(value)}`);
  return `${path}?${[...kept, ...added].join('&')}`;
}

export function remoteTileSource(source: RemoteSource): { sourceUrl: string; sourceLayer: string } {
  switch (source.type) {
    case 'xyz':
      return { sourceUrl: source.url, sourceLayer: '' };
    case 'vector':
      return { sourceUrl: source.url, sourceLayer: source.sourceLayer };
    case 'pmtiles':
      return { sourceUrl: `pmtiles://${source.url}`, sourceLayer: source.sourceLayer };
    case 'wms': {
      const crsKey = source.version === '1.3.0' ? 'CRS' : 'SRS';
      return {
        sourceUrl: withQuery(source.url, {
          SERVICE: 'WMS',
          VERSION: source.version,
          REQUEST: 'GetMap',
          LAYERS: source.layers,
          STYLES: '',
          [crsKey]: 'EPSG:3857',
          BBOX: '{bbox-epsg-3857}',
          WIDTH: '256',
          HEIGHT: '256',
          FORMAT: 'image/png',
          TRANSPARENT: 'TRUE',
        }),
        sourceLayer: '',
      };
    }
    case 'wmts': {
      if (source.url.includes('{TileMatrix}')) {
        return { sourceUrl: source.url.replaceAll('{TileMatrix}', '{z}').replaceAll('{TileRow}', '{y}').replaceAll('{TileCol}', '{x}'), sourceLayer: '' };
      }
      return {
        sourceUrl: withQuery(source.url, {
          SERVICE: 'WMTS',
          REQUEST: 'GetTile',
          VERSION: '1.0.0',
          LAYER: source.layer,
          STYLE: 'default',
          TILEMATRIXSET: source.matrixSet || 'GoogleMapsCompatible',
          TILEMATRIX: '{z}',
          TILEROW: '{y}',
          TILECOL: '{x}',
          FORMAT: 'image/png',
        }),
        sourceLayer: '',
      };
    }
  }
}

/** Our own tiles of an uploaded layer. */
export function uploadTileSource(layerId: string): { sourceUrl: string; sourceLayer: string } {
  return { sourceUrl: `/api/layers/${layerId}/tiles/{z}/{x}/{y}`, sourceLayer: UPLOAD_SOURCE_LAYER };
}
