'use client';

// Where people spoke: the process map (basemap and layers) with the contributions as a heat map or
// clusters, and the area every figure is narrowed to — drawn corner by corner, or the current view.
import { useQuery } from '@tanstack/react-query';
import type { Map as MapLibreMap } from 'maplibre-gl';
import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';

import { useDrawTool } from '@/components/map/draw-tool';
import type { Geometry } from '@/lib/geo/geometry';
import type { ProcessView } from '@/lib/schemas/process';
import type { PlaceCell } from '@/server/review/review-places';

import { addReviewLayers, showArea, showCells, showMode, type MapMode } from './review-map-layers';
import { areaOfBounds, type ReviewSelection } from './review-query';

const ProcessMap = dynamic(() => import('@/components/map/process-map'), { ssr: false });

type Props = {
  process: Pick<ProcessView, 'slug' | 'bounds' | 'layers' | 'basemapSource'>;
  query: string;
  area: ReviewSelection['area'];
  onArea: (area: ReviewSelection['area']) => void;
};

export function ReviewMap({ process, query, area, onArea }: Props) {
  const t = useTranslations('review.map');
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [mode, setMode] = useState<MapMode>('heat');
  const [drawing, setDrawing] = useState(false);
  const cells = useQuery({
    queryKey: ['review', process.slug, 'places', query],
    queryFn: async () => {
      const response = await fetch(`/api/processes/${process.slug}/review/places?${query}`, { cache: 'no-store' });
      if (!response.ok) throw new Error(`places ${response.status}`);
      return (await response.json()).cells as PlaceCell[];
    },
  });
  const draw = useDrawTool({
    map,
    kind: drawing ? 'polygon' : null,
    onFinish: (_kind, geometry: Geometry) => {
      setDrawing(false);
      if (geometry.type === 'Polygon') onArea(geometry);
    },
    onProgress: () => undefined,
    onCancel: () => setDrawing(false),
  });

  useEffect(() => {
    if (!map) return;
    addReviewLayers(map);
  }, [map]);
  useEffect(() => {
    if (map && cells.data) showCells(map, cells.data);
  }, [map, cells.data]);
  useEffect(() => {
    if (map) showArea(map, area);
  }, [map, area]);
  useEffect(() => {
    if (map) showMode(map, mode);
  }, [map, mode]);

  const takeView = () => {
    if (!map) return;
    const b = map.getBounds();
    onArea(areaOfBounds([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]));
  };

  return (
    <section aria-labelledby="review-map-title" className="review-map">
      <h2 id="review-map-title">{t('title')}</h2>
      <div className="review-map-tools" role="group" aria-label={t('tools')}>
        <fieldset className="review-switch">
          <legend>{t('show')}</legend>
          {(['heat', 'clusters'] as const).map((option) => (
            <label key={option}>
              <input type="radio" name="review-map-mode" value={option} checked={mode === option} onChange={() => setMode(option)} /> {t(option)}
            </label>
          ))}
        </fieldset>
        {drawing ? (
          <>
            <button type="button" className="button" onClick={() => draw.finish()} disabled={draw.corners.length < 3}>{t('finish')}</button>
            <button type="button" className="button button-quiet" onClick={() => setDrawing(false)}>{t('cancel')}</button>
          </>
        ) : (
          <button type="button" className="button" onClick={() => setDrawing(true)} disabled={!map}>{t('draw')}</button>
        )}
        <button type="button" className="button button-quiet" onClick={takeView} disabled={!map}>{t('useView')}</button>
        {area && <button type="button" className="button button-quiet" onClick={() => onArea(null)}>{t('clear')}</button>}
      </div>
      <p className="hint" aria-live="polite">{drawing ? t('drawHint', { corners: draw.corners.length }) : area ? t('areaChosen') : t('noArea')}</p>
      <div className="review-map-frame">
        <ProcessMap basemap={process.basemapSource} bounds={process.bounds} layers={process.layers} visible={{}} onReady={setMap} testId="review-map" />
      </div>
    </section>
  );
}
