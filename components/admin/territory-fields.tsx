'use client';

// The territory: drawn on the map, or typed as west, south, east and north (the keyboard path).
import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';

import type { BasemapChoice } from '@/lib/schemas/basemap';
import type { Bounds, Territory } from '@/lib/schemas/process';

import { FormField } from './form-field';
import { TerritoryFromLayer, type AreaLayerChoice } from './territory-from-layer';

const TerritoryMap = dynamic(() => import('./territory-map'), { ssr: false });

type Props = {
  basemap: BasemapChoice;
  /** An existing process's layers with areas, whose outlines can become the territory (none for a new process). */
  fromLayers: { slug: string; layers: AreaLayerChoice[] } | null;
  bounds: [string, string, string, string];
  territory: Territory | null;
  around: Bounds;
  errorOf: (key: string) => string | null;
  onChange: (bounds: [string, string, string, string], territory: Territory | null) => void;
};

const SIDES = ['west', 'south', 'east', 'north'] as const;

/** Where the map opens: the territory typed so far, else the whole basemap's extent, else the page's default. */
function viewOf(bounds: number[], basemap: BasemapChoice, around: Bounds): Bounds {
  const [west, south, east, north] = bounds;
  if (bounds.every(Number.isFinite) && west < east && south < north) return [west, south, east, north];
  return basemap.extent ?? around;
}

export function TerritoryFields({ basemap, fromLayers, bounds, territory, around, errorOf, onChange }: Props) {
  const t = useTranslations('processAdmin');
  return (
    <fieldset className="admin-fieldset">
      <legend>{t('territory')}</legend>
      <TerritoryMap
        key={basemap.source.id}
        basemap={basemap.source}
        bounds={bounds.map(Number)}
        territory={territory}
        around={viewOf(bounds.map((value) => (value.trim() === '' ? NaN : Number(value))), basemap, around)}
        onDrawn={(drawn) => onChange(drawn.bounds.map(String) as typeof bounds, drawn.territory)} />
      <p className="hint">{territory ? t('territoryOutline', { count: territory.coordinates[0].length - 1 }) : t('territoryRectangle')}</p>
      <div className="bounds-fields">
        {SIDES.map((side, index) => (
          <FormField key={side} id={`bounds-${side}`} label={t(`bounds.${side}`)}>
            <input
              inputMode="decimal"
              value={bounds[index]}
              onChange={(event) => onChange(bounds.map((value, i) => (i === index ? event.target.value : value)) as typeof bounds, null)}
            />
          </FormField>
        ))}
      </div>
      {fromLayers && (
        <TerritoryFromLayer slug={fromLayers.slug} layers={fromLayers.layers} onPicked={(picked, outline) => onChange(picked.map(String) as typeof bounds, outline)} />
      )}
      {errorOf('bounds') && <p className="field-error" id="bounds-error">{errorOf('bounds')}</p>}
      {errorOf('territory') && <p className="field-error">{errorOf('territory')}</p>}
    </fieldset>
  );
}
