// The origins of the registered remote basemaps, for the pages' Content-Security-Policy. Read once
// and kept until a basemap is registered or removed (every page asks; the list rarely changes).
import { db } from '@/server/db';
import { originOfTileAddress } from '@/server/http/map-service-origins';

/** Another web process's change is seen after this long at most (this process's at once). */
const STALE_AFTER_MS = 60_000;

// On globalThis: proxy.ts and the route handlers are bundled apart, and must share one cache.
const shared = globalThis as typeof globalThis & { civictwinBasemapOrigins?: { origins: Promise<string[]>; at: number } | null };

async function readOrigins(): Promise<string[]> {
  const rows = await db.remoteBasemap.findMany({ select: { url: true }, distinct: ['url'] });
  return [...new Set(rows.map((row) => originOfTileAddress(row.url)).filter((origin): origin is string => origin !== null))];
}

export function basemapOrigins(now = Date.now()): Promise<string[]> {
  const entry = shared.civictwinBasemapOrigins;
  if (entry && now - entry.at < STALE_AFTER_MS) return entry.origins;
  const origins = readOrigins();
  shared.civictwinBasemapOrigins = { origins, at: now };
  origins.catch(() => {
    if (shared.civictwinBasemapOrigins?.origins === origins) shared.civictwinBasemapOrigins = null;
  });
  return origins;
}

/** Called by every change to the registered basemaps. */
export function forgetBasemapOrigins(): void {
  shared.civictwinBasemapOrigins = null;
}
