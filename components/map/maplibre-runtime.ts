// What every MapLibre map of ours needs before it is made, set up once per page: the worker we
// serve ourselves, and the pmtiles:// protocol that reads our basemap archives with range requests.
import * as maplibregl from 'maplibre-gl';
import { Protocol } from 'pmtiles';

let prepared = false;

export function prepareMaplibre(): void {
  if (prepared || typeof window === 'undefined') return;
  prepared = true;
  maplibregl.setWorkerUrl(new URL('/vendor/maplibre-gl-worker.mjs', window.location.origin).href);
  maplibregl.addProtocol('pmtiles', new Protocol().tile);
}
