'use client';

// The territory: drawn on the map, or typed as west, south, east and north (the keyboard path).
import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';

import type { Bounds, Territory } from '@/lib/schemas/process';

import { FormField } from './form-field';

const TerritoryMap = dynamic(() => import('./territory-map'), { ssr: false });

type Props = {
  bounds: [string, string, string, string];
  territory: Territory | null;
  around: Bounds;
  errorOf: (key: string) => string | null;
  onChange: (bounds: [string, string, string, string], territory: Territory | null) => void;
};

const SIDES = ['west', 'south', 'east', 'north'] as const;

export function TerritoryFields({ bounds, territory, around, errorOf, onChange }: Props) {
  const t = useTranslations('processAdmin');
  return (
    <fieldset className="admin-fieldset">
      <legend>{t('territory')}</legend>
      <TerritoryMap bounds={bounds.map(Number)} territory={territory} around={around} onDrawn={(drawn) => onChange(drawn.bounds.map(String) as typeof bounds, drawn.territory)} />
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
      {errorOf('bounds') && <p className="field-error" id="bounds-error">{errorOf('bounds')}</p>}
      {errorOf('territory') && <p className="field-error">{errorOf('territory')}</p>}
    </fieldset>
  );
}
