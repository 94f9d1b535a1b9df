'use client';

// The revealed round's heat on a map: drawn once the map is there (it may come after the results), removed when there are none.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect } from 'react';

import type { RevealedResult } from '@/lib/live/dot-round';
import { removeDotHeat, showDotHeat } from '@/lib/map/dot-heat-layer';

export function useDotHeat(map: MapLibreMap | null, results: RevealedResult[] | null): void {
  useEffect(() => {
    if (!map) return;
    if (results) showDotHeat(map, results);
    else removeDotHeat(map);
  }, [map, results]);
}
