// A process as the browser receives it (texts sanitised, categories and territory parsed, its
// basemap resolved), kept between requests. Each request still reads the row's `updatedAt` by slug
// (one small indexed read) and reuses the entry only when it matches: every change to a process row
// goes through Prisma, which moves `updatedAt`, so a change made by any web process is seen on the
// next request of every other one, without a message between them. Nothing per person is kept.
import type { ProcessView } from '@/lib/schemas/process';
import { basemapSourceOf } from '@/server/basemaps/list-basemaps';
import { db } from '@/server/db';

import { toProcessView } from './process-view';

/** The process without its layers and scenarios (those come from the layer-set cache). */
export type ProcessBase = Omit<ProcessView, 'layers' | 'scenarios'>;
/** What a request reads to know whether the kept view is still the row's. */
export type ProcessStamp = { id: string; updatedAt: Date };

/** Bounds the memory a site with many processes may hold: the oldest entry goes first. */
export const PROCESS_VIEW_CACHE_SIZE = 200;

type Entry = { stamp: number; view: Promise<ProcessBase> };

// On globalThis: every route bundle of the web process shares one store.
const holder = globalThis as unknown as { civictwinProcessViews?: Map<string, Entry> };
const entries = () => (holder.civictwinProcessViews ??= new Map());

async function loadBase(id: string): Promise<ProcessBase> {
  const row = await db.process.findUniqueOrThrow({ where: { id } });
  // Layers and scenarios are left empty here: the layer-set cache holds them.
  return toProcessView(row, [], [], await basemapSourceOf(row.basemap));
}

/** The view of the process as of `stamp`, built once per change of the row. */
export function processBaseOf(stamp: ProcessStamp): Promise<ProcessBase> {
  const store = entries();
  const at = stamp.updatedAt.getTime();
  const kept = store.get(stamp.id);
  if (kept?.stamp === at) return kept.view;
  const view = loadBase(stamp.id);
  store.delete(stamp.id);
  store.set(stamp.id, { stamp: at, view });
  view.catch(() => store.get(stamp.id)?.view === view && store.delete(stamp.id));
  if (store.size > PROCESS_VIEW_CACHE_SIZE) store.delete(store.keys().next().value!);
  return view;
}

/** Drops every entry (tests; a deploy that changed the installed basemaps restarts the process anyway). */
export function forgetProcessViews(): void {
  entries().clear();
}
