// The outside map services an admin registered (XYZ, WMS, WMTS, vector tiles, PMTiles): browsers
// fetch them directly, so the pages' Content-Security-Policy must name their origins. Read once and
// kept until a layer of any process changes (announced on the process event bus, which the layer
// services use for every change); another web process's change is seen after STALE_AFTER_MS at most.
import { db } from '@/server/db';
import { subscribeAllProcessEvents } from '@/server/domain/events/process-events';

const STALE_AFTER_MS = 60_000;

/** The origin of a tile address as stored (placeholders such as {z} or {bbox-epsg-3857}, `pmtiles://`). */
export function originOfTileAddress(address: string): string | null {
  try {
    const url = new URL(address.replace(/^pmtiles:\/\//, '').replaceAll(/\{[^}]*\}/g, '0'));
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : null;
  } catch {
    return null;
  }
}

async function readOrigins(): Promise<string[]> {
  const layers = await db.layer.findMany({ where: { sourceType: { not: 'upload' } }, select: { sourceUrl: true }, distinct: ['sourceUrl'] });
  const origins = layers.map((layer) => originOfTileAddress(layer.sourceUrl)).filter((origin): origin is string => origin !== null);
  return [...new Set(origins)];
}

type Kept = { origins: Promise<string[]>; at: number } | null;
// On globalThis: proxy.ts and the route handlers are bundled apart, and must share one cache.
const shared = globalThis as typeof globalThis & { civictwinMapServiceOrigins?: { kept: Kept } };
function holder(): { kept: Kept } {
  if (!shared.civictwinMapServiceOrigins) {
    const state: { kept: Kept } = { kept: null };
    subscribeAllProcessEvents((_processId, event) => {
      if (event.type === 'layers') state.kept = null;
    });
    shared.civictwinMapServiceOrigins = state;
  }
  return shared.civictwinMapServiceOrigins;
}

/** Every page asks: a service registered a second ago (in this web process) is allowed on the next page load. */
export function mapServiceOrigins(now = Date.now()): Promise<string[]> {
  const state = holder();
  if (state.kept && now - state.kept.at < STALE_AFTER_MS) return state.kept.origins;
  const origins = readOrigins();
  state.kept = { origins, at: now };
  origins.catch(() => {
    if (state.kept?.origins === origins) state.kept = null;
  });
  return origins;
}
