'use client';

// A spotlight brings every map to one mark, proposal or layer feature and opens it there.
import { useQuery } from '@tanstack/react-query';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, type Dispatch } from 'react';

import { queryKeys } from '@/components/live-events/query-keys';
import type { WorkspaceEvent } from '@/components/map/workspace-mode';
import type { Geometry } from '@/lib/geo/geometry';
import { representativePoint } from '@/lib/geo/representative-point';
import type { Spotlight } from '@/lib/live/session-state';

type Located = { id: string; geometry: Geometry | null };
type Placed = Located & { title: string };
const FLY = { zoom: 16, duration: 800 };

/** The proposal in the spotlight, for the banner that links to it (proposals open on their own page). */
export function useSpotlight(map: MapLibreMap | null, spotlight: Spotlight | null, slug: string, marks: Located[], dispatch: Dispatch<WorkspaceEvent>): Placed | null {
  const { data: places } = useQuery<Placed[]>({ queryKey: queryKeys.placedProposals(slug), enabled: spotlight?.type === 'proposal' });
  const key = spotlight ? JSON.stringify(spotlight) : null;
  const mark = spotlight?.type === 'mark' ? marks.find((entry) => entry.id === spotlight.id) : undefined;
  const placed = spotlight?.type === 'proposal' ? places?.find((entry) => entry.id === spotlight.id) : undefined;

  useEffect(() => {
    if (!map || !spotlight) return;
    if (spotlight.type === 'mark' && mark) {
      map.flyTo({ center: representativePoint(mark.geometry!) as [number, number], ...FLY });
      dispatch({ type: 'markSelected', id: mark.id, from: 'list' });
    } else if (spotlight.type === 'proposal' && placed) {
      if (placed.geometry) map.flyTo({ center: representativePoint(placed.geometry) as [number, number], ...FLY });
    } else if (spotlight.type === 'feature') {
      const found = map.getSource(spotlight.layerId) ? map.querySourceFeatures(spotlight.layerId).find((feature) => String(feature.id) === spotlight.id) : undefined;
      if (!found) return;
      const lngLat = representativePoint(found.geometry as Geometry) as [number, number];
      map.flyTo({ center: lngLat, ...FLY });
      dispatch({ type: 'featurePicked', feature: { layerId: spotlight.layerId, featureId: spotlight.id, properties: { ...found.properties }, lngLat } });
    }
    // Acts once per spotlight (and once its item is known), not on every change of the marks.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, key, !!mark, !!placed]);

  return placed ?? null;
}
