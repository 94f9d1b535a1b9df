'use client';

// Placed proposals on the map, as squares with a star, opening the proposal when clicked.
import type { GeoJSONSource, Map as MapLibreMap, MapLayerMouseEvent } from 'maplibre-gl';
import { useRouter } from 'next/navigation';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';

import type { Geometry } from '@/lib/geo/geometry';
import { representativePoint } from '@/lib/geo/representative-point';
import { starImage } from '@/lib/map/star-image';

import { queryKeys } from '@/components/live-events/query-keys';

const SOURCE = 'proposals';
const STAR = 'proposal-star';
type Placed = { id: string; title: string; geometry: Geometry | null };
const NONE: Placed[] = [];

export function useProposalLayer(map: MapLibreMap | null, slug: string, clickable: boolean) {
  const router = useRouter();
  const { data: proposals = NONE } = useQuery({
    queryKey: queryKeys.placedProposals(slug),
    queryFn: async (): Promise<Placed[]> => {
      const response = await fetch(`/api/processes/${slug}/proposals/places`, { cache: 'no-store' });
      if (!response.ok) throw new Error(`proposals ${response.status}`);
      return (await response.json()).places;
    },
  });

  useEffect(() => {
    if (!map) return;
    map.addSource(SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    map.addLayer({ id: 'proposals-marker', type: 'circle', source: SOURCE, paint: { 'circle-color': '#5D3A9B', 'circle-radius': 11, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2.5 } });
    if (!map.hasImage(STAR)) map.addImage(STAR, starImage(26), { pixelRatio: 2 });
    map.addLayer({ id: 'proposals-star', type: 'symbol', source: SOURCE, layout: { 'icon-image': STAR, 'icon-allow-overlap': true } });
    return () => {
      for (const layer of ['proposals-star', 'proposals-marker']) if (map.getLayer(layer)) map.removeLayer(layer);
      if (map.getSource(SOURCE)) map.removeSource(SOURCE);
      if (map.hasImage(STAR)) map.removeImage(STAR);
    };
  }, [map]);

  useEffect(() => {
    const features = proposals.flatMap((p) => (p.geometry ? [{ type: 'Feature' as const, properties: { id: p.id, title: p.title }, geometry: { type: 'Point' as const, coordinates: representativePoint(p.geometry) } }] : []));
    map?.getSource<GeoJSONSource>(SOURCE)?.setData({ type: 'FeatureCollection', features });
  }, [map, proposals]);

  useEffect(() => {
    if (!map) return;
    const click = (event: MapLayerMouseEvent) => {
      const id = event.features?.[0]?.properties?.id;
      if (clickable && typeof id === 'string') router.push(`/p/${slug}/proposals/${id}`);
    };
    map.on('click', 'proposals-marker', click);
    return () => {
      map.off('click', 'proposals-marker', click);
    };
  }, [map, clickable, router, slug]);
}
