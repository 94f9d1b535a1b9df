'use client';

// Two scenarios side by side: two maps stacked, the right one clipped at a divider people drag
// (or move with the arrow keys); both maps always show the same place.
import type { Map as MapLibreMap } from 'maplibre-gl';
import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import { useEffect, useMemo, useRef, useState, type PointerEvent } from 'react';

import { layersShown } from '@/lib/map/layers-shown';
import type { ProcessView } from '@/lib/schemas/process';

const ProcessMap = dynamic(() => import('./process-map'), { ssr: false });

type Props = { process: ProcessView; initialLeft: string; initialRight: string };

function useLinkedMaps(a: MapLibreMap | null, b: MapLibreMap | null) {
  useEffect(() => {
    if (!a || !b) return;
    let syncing = false;
    const follow = (from: MapLibreMap, to: MapLibreMap) => () => {
      if (syncing) return;
      syncing = true;
      to.jumpTo({ center: from.getCenter(), zoom: from.getZoom(), bearing: from.getBearing(), pitch: from.getPitch() });
      syncing = false;
    };
    const aToB = follow(a, b);
    const bToA = follow(b, a);
    a.on('move', aToB);
    b.on('move', bToA);
    aToB();
    return () => {
      a.off('move', aToB);
      b.off('move', bToA);
    };
  }, [a, b]);
}

export function ScenarioCompare({ process, initialLeft, initialRight }: Props) {
  const t = useTranslations('layers.compare');
  const [leftId, setLeftId] = useState(initialLeft);
  const [rightId, setRightId] = useState(initialRight);
  const [split, setSplit] = useState(50);
  const [threeD, setThreeD] = useState(false);
  const [leftMap, setLeftMap] = useState<MapLibreMap | null>(null);
  const [rightMap, setRightMap] = useState<MapLibreMap | null>(null);
  const frame = useRef<HTMLDivElement>(null);
  const dragging = useRef(false);
  useLinkedMaps(leftMap, rightMap);

  const leftVisible = useMemo(() => layersShown(process.layers, process.scenarios, leftId), [process, leftId]);
  const rightVisible = useMemo(() => layersShown(process.layers, process.scenarios, rightId), [process, rightId]);

  useEffect(() => {
    const url = new URL(window.location.href);
    url.searchParams.set('left', leftId);
    url.searchParams.set('right', rightId);
    window.history.replaceState(null, '', url);
  }, [leftId, rightId]);

  const moveTo = (event: PointerEvent) => {
    const box = frame.current?.getBoundingClientRect();
    if (!box || !dragging.current) return;
    setSplit(Math.min(95, Math.max(5, ((event.clientX - box.left) / box.width) * 100)));
  };

  const chooser = (id: string, value: string, onChange: (v: string) => void, label: string) => (
    <label className="field compare-choice" htmlFor={id}>
      {label}
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {process.scenarios.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <div className="compare">
      <div className="compare-controls">
        {chooser('compare-left', leftId, setLeftId, t('left'))}
        <button type="button" className="button button-quiet" aria-pressed={threeD} onClick={() => setThreeD(!threeD)}>
          {threeD ? t('flat') : t('threeD')}
        </button>
        {chooser('compare-right', rightId, setRightId, t('right'))}
      </div>
      <div className="compare-frame" ref={frame} onPointerMove={moveTo} onPointerUp={() => (dragging.current = false)} onPointerLeave={() => (dragging.current = false)}>
        <div className="compare-map" data-side="left">
          <ProcessMap basemap={process.basemapSource} bounds={process.bounds} layers={process.layers} visible={leftVisible} threeD={threeD} onReady={setLeftMap} testId="compare-left-map" />
        </div>
        <div className="compare-map" data-side="right" style={{ clipPath: `inset(0 0 0 ${split}%)` }}>
          <ProcessMap basemap={process.basemapSource} bounds={process.bounds} layers={process.layers} visible={rightVisible} threeD={threeD} onReady={setRightMap} testId="compare-right-map" />
        </div>
        <div className="compare-divider" style={{ left: `${split}%` }} onPointerDown={(e) => { dragging.current = true; (e.target as HTMLElement).setPointerCapture?.(e.pointerId); }}>
          <span className="compare-handle" aria-hidden="true">⇔</span>
        </div>
        <span className="compare-tag compare-tag-left">{process.scenarios.find((s) => s.id === leftId)?.name}</span>
        <span className="compare-tag compare-tag-right">{process.scenarios.find((s) => s.id === rightId)?.name}</span>
      </div>
      <label className="field compare-slider">
        {t('divider')}
        <input type="range" min={5} max={95} value={Math.round(split)} onChange={(e) => setSplit(Number(e.target.value))} />
      </label>
    </div>
  );
}
