// A process's layers and scenarios as the browser receives them, kept between requests: they are the
// same for everyone and change only through the layer services, which announce every change on the
// process's event bus — the signal that drops the entry here. Nothing per person is kept.
import type { LayerView, ScenarioView } from '@/lib/schemas/layer';
import { db } from '@/server/db';
import { subscribeAllProcessEvents } from '@/server/domain/events/process-events';

import { toLayerView, toScenarioView } from './process-view';

export type LayerSet = { layers: LayerView[]; scenarios: ScenarioView[] };

/** Bounds the memory a site with many processes may hold: the oldest entry goes first. */
export const LAYER_SET_CACHE_SIZE = 200;

async function loadLayerSet(processId: string): Promise<LayerSet> {
  const [layers, scenarios] = await Promise.all([
    db.layer.findMany({ where: { processId }, orderBy: { position: 'asc' } }),
    db.scenario.findMany({ where: { processId }, orderBy: { position: 'asc' }, include: { layers: { select: { layerId: true } } } }),
  ]);
  return { layers: layers.map(toLayerView), scenarios: scenarios.map(toScenarioView) };
}

type Store = { entries: Map<string, Promise<LayerSet>>; unsubscribe: () => void };

// On globalThis, like the event bus: every route bundle of the web process shares one store.
const holder = globalThis as unknown as { civictwinLayerSets?: Store };
function store(): Store {
  if (!holder.civictwinLayerSets) {
    const entries = new Map<string, Promise<LayerSet>>();
    const unsubscribe = subscribeAllProcessEvents((processId, event) => {
      if (event.type === 'layers') entries.delete(processId);
    });
    holder.civictwinLayerSets = { entries, unsubscribe };
  }
  return holder.civictwinLayerSets;
}

/**
 * The layer set of a process, loaded once and then served from memory until a layer or scenario
 * of it changes. The promise is stored before it settles, so a change announced while it loads
 * drops it rather than leaving the older read behind.
 */
export function layerSetOf(processId: string): Promise<LayerSet> {
  const { entries } = store();
  const cached = entries.get(processId);
  if (cached) return cached;
  const loading = loadLayerSet(processId);
  entries.set(processId, loading);
  loading.catch(() => entries.get(processId) === loading && entries.delete(processId));
  if (entries.size > LAYER_SET_CACHE_SIZE) entries.delete(entries.keys().next().value!);
  return loading;
}

/** Drops every entry (tests, and a deploy that changed layers from outside the web process). */
export function forgetLayerSets(): void {
  store().entries.clear();
}
