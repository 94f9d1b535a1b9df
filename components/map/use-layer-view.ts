'use client';

// What the map shows of the process's layers: the scenario, which layers are on, 3D, the layers
// whose service failed, and whether the layers changed since the page opened.
import { useCallback, useEffect, useMemo, useState } from 'react';

import { useProcessEvents } from '@/components/live-events/use-process-events';
import { layersShown } from '@/lib/map/layers-shown';
import { parseLayers } from '@/lib/map/map-link';
import type { ProcessView } from '@/lib/schemas/process';

const visibleIn = (process: ProcessView, scenarioId: string | null) => layersShown(process.layers, process.scenarios, scenarioId);

export function useLayerView(process: ProcessView) {
  const [scenarioId, setScenarioId] = useState<string | null>(null);
  // What the person switched on or off; every other layer (also one added while the page is open)
  // shows as the scenario says.
  const [switched, setSwitched] = useState<Record<string, boolean>>({});
  // A link may say which layers to show (`layers=<id>,<id>`: an answer's layers on the outcomes page).
  useEffect(() => {
    const shown = parseLayers(new URLSearchParams(window.location.search).get('layers'));
    // eslint-disable-next-line react-hooks/set-state-in-effect -- read once from the address, which the server render cannot see
    if (shown) setSwitched(Object.fromEntries(process.layers.map((layer) => [layer.id, shown.includes(layer.id)])));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only the address the page opened with
  }, []);
  const visible = useMemo(() => ({ ...visibleIn(process, scenarioId), ...switched }), [process, scenarioId, switched]);
  const [threeD, setThreeD] = useState(false);
  const [failing, setFailing] = useState<ReadonlySet<string>>(new Set());
  const [changed, setChanged] = useState(false);

  useProcessEvents(process.slug, (event) => event.type === 'layers' && setChanged(true));

  const layerFailed = useCallback((id: string) => setFailing((current) => (current.has(id) ? current : new Set([...current, id]))), []);
  const chooseScenario = (id: string | null) => {
    setScenarioId(id);
    setSwitched({});
  };
  const toggle = (id: string, on: boolean) => setSwitched((current) => ({ ...current, [id]: on }));
  const illustrativeShown = process.layers.filter((layer) => layer.illustrative && visible[layer.id]);

  return { scenarioId, chooseScenario, visible, toggle, threeD, setThreeD, failing, layerFailed, changed, acknowledgeChange: () => setChanged(false), illustrativeShown };
}

export type LayerView = ReturnType<typeof useLayerView>;
