// The origins of the registered remote basemaps, for the pages' Content-Security-Policy. Read once
// and kept until a basemap is registered or removed (every page asks; the list rarely changes). With
// REDIS_URL every web process hears of a change at once (otherwise another process's page would name
// the old origins, and refuse a new basemap, for up to a minute).
import { db } from '@/server/db';
import { originOfTileAddress } from '@/server/http/map-service-origins';
import { log } from '@/server/log/log';
import { signalBus } from '@/server/signals/signal-bus';

/** A change made while this process was not yet listening on the bus is seen after this long at most. */
const STALE_AFTER_MS = 60_000;
const CHANNEL = 'civictwin:basemaps-changed';

// On globalThis: proxy.ts and the route handlers are bundled apart, and must share one cache.
const shared = globalThis as typeof globalThis & { civictwinBasemapOrigins?: { origins: Promise<string[]>; at: number } | null; civictwinBasemapListening?: Promise<unknown> };

async function readOrigins(): Promise<string[]> {
  const rows = await db.remoteBasemap.findMany({ select: { url: true }, distinct: ['url'] });
  return [...new Set(rows.map((row) => originOfTileAddress(row.url)).filter((origin): origin is string => origin !== null))];
}

function listenForChanges(): void {
  if (!signalBus().shared) return;
  shared.civictwinBasemapListening ??= signalBus()
    .subscribe(CHANNEL, () => {
      shared.civictwinBasemapOrigins = null;
    })
    .catch((error) => {
      shared.civictwinBasemapListening = undefined;
      log.error('basemap origins: could not subscribe', { error });
    });
}

export function basemapOrigins(now = Date.now()): Promise<string[]> {
  listenForChanges();
  const entry = shared.civictwinBasemapOrigins;
  if (entry && now - entry.at < STALE_AFTER_MS) return entry.origins;
  const origins = readOrigins();
  shared.civictwinBasemapOrigins = { origins, at: now };
  origins.catch(() => {
    if (shared.civictwinBasemapOrigins?.origins === origins) shared.civictwinBasemapOrigins = null;
  });
  return origins;
}

/** Called by every change to the registered basemaps: this process forgets at once, the others when Redis tells them. */
export function forgetBasemapOrigins(): void {
  shared.civictwinBasemapOrigins = null;
  if (signalBus().shared) signalBus().publish(CHANNEL, 'changed');
}
