import type { LayerView, ScenarioView } from '@/lib/schemas/layer';

/** Which layers are on: a scenario's own layers, or each layer's default when no scenario is chosen. */
export function layersShown(layers: Pick<LayerView, 'id' | 'visibleByDefault'>[], scenarios: ScenarioView[], scenarioId: string | null): Record<string, boolean> {
  const scenario = scenarios.find((s) => s.id === scenarioId);
  return Object.fromEntries(layers.map((layer) => [layer.id, scenario ? scenario.layerIds.includes(layer.id) : layer.visibleByDefault]));
}
