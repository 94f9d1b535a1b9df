'use client';

// Colour, opacity, choropleth by a numeric attribute, and the height used in 3D: what an admin sets for a layer's look.
import { useTranslations } from 'next-intl';
import { useState } from 'react';

import { stepLegend } from '@/lib/map/layer-style';
import type { AttributeSummary, LayerStyle, LegendRow } from '@/lib/schemas/layer';

/** Colour-blind-safe sequential palettes (ColorBrewer), light to dark. */
export const PALETTES: Record<string, string[]> = {
  orange: ['#FEEDDE', '#FDBE85', '#FD8D3C', '#E6550D', '#A63603', '#7F2704'],
  blue: ['#EFF3FF', '#BDD7E7', '#6BAED6', '#3182BD', '#08519C', '#08306B'],
  green: ['#EDF8E9', '#BAE4B3', '#74C476', '#31A354', '#006D2C', '#00441B'],
  purple: ['#F2F0F7', '#CBC9E2', '#9E9AC8', '#756BB1', '#54278F', '#3F007D'],
};

/** Class limits at equal intervals between the smallest and largest value. */
export function equalBreaks(min: number, max: number, classes: number): number[] {
  const step = (max - min) / classes;
  const round = (value: number) => Number(value.toPrecision(3));
  return Array.from({ length: classes - 1 }, (_, i) => round(min + step * (i + 1))).filter((v, i, all) => i === 0 || v > all[i - 1]);
}

export type StyleValue = { style: LayerStyle; legend: LegendRow[] };

type Props = {
  name: string;
  attributes: AttributeSummary[];
  raster: boolean;
  initial: LayerStyle;
  onChange: (value: StyleValue) => void;
  /** Before an import the attributes are not known yet: colour and opacity only. */
  colourOnly?: boolean;
};

export function StyleEditor({ name, attributes, raster, initial, onChange, colourOnly = false }: Props) {
  const t = useTranslations('layers.style');
  const numeric = attributes.filter((a) => a.numeric && a.min !== undefined && a.max !== undefined && a.max > a.min);
  const initialBy = typeof initial.color === 'object' && 'steps' in initial.color ? initial.color.by : '';
  const [mode, setMode] = useState<'single' | 'choropleth'>(initialBy ? 'choropleth' : 'single');
  const [color, setColor] = useState(typeof initial.color === 'string' ? initial.color : '#0072B2');
  const [by, setBy] = useState(initialBy || numeric[0]?.name || '');
  const [classes, setClasses] = useState(typeof initial.color === 'object' && 'steps' in initial.color ? initial.color.steps.length + 1 : 4);
  const [palette, setPalette] = useState('orange');
  const [opacity, setOpacity] = useState(initial.opacity);
  const [extrude, setExtrude] = useState(initial.extrude ?? '');

  const emit = (next: Partial<{ mode: typeof mode; color: string; by: string; classes: number; palette: string; opacity: number; extrude: string }>) => {
    const v = { mode, color, by, classes, palette, opacity, extrude, ...next };
    const attribute = numeric.find((a) => a.name === v.by);
    const base = { opacity: v.opacity, ...(v.extrude ? { extrude: v.extrude } : {}), outline: undefined as string | undefined };
    if (v.mode === 'choropleth' && attribute) {
      const breaks = equalBreaks(attribute.min!, attribute.max!, v.classes);
      const colours = PALETTES[v.palette].slice(0, breaks.length + 1);
      const stepColor = { by: v.by, base: colours[0], steps: breaks.map((b, i) => [b, colours[i + 1]] as [number, string]), missing: '#BDBDBD' };
      const legend = stepLegend(stepColor, {
        below: (n) => t('legendBelow', { n }),
        between: (a, b) => t('legendBetween', { a, b }),
        above: (n) => t('legendAbove', { n }),
        missing: t('legendMissing'),
      });
      onChange({ style: { ...base, color: stepColor, outline: '#6B6B6B' }, legend });
    } else {
      onChange({ style: { ...base, color: v.color }, legend: raster ? [] : [{ label: name || t('legendSingle'), color: v.color }] });
    }
  };
  const update = <K extends string>(set: (value: never) => void, key: K) => (value: unknown) => {
    set(value as never);
    emit({ [key]: value });
  };

  return (
    <fieldset className="style-editor">
      <legend>{t('title')}</legend>
      {!raster && colourOnly && (
        <label className="field">
          {t('color')}
          <input type="color" value={color} onChange={(e) => update(setColor, 'color')(e.target.value.toUpperCase())} />
        </label>
      )}
      {!raster && !colourOnly && (
        <>
          <div className="radio-row" role="radiogroup" aria-label={t('mode')}>
            <label>
              <input type="radio" name="style-mode" checked={mode === 'single'} onChange={() => update(setMode, 'mode')('single')} /> {t('single')}
            </label>
            <label>
              <input type="radio" name="style-mode" checked={mode === 'choropleth'} disabled={numeric.length === 0} onChange={() => update(setMode, 'mode')('choropleth')} /> {t('choropleth')}
            </label>
          </div>
          {mode === 'single' ? (
            <label className="field">
              {t('color')}
              <input type="color" value={color} onChange={(e) => update(setColor, 'color')(e.target.value.toUpperCase())} />
            </label>
          ) : (
            <div className="style-grid">
              <label className="field">
                {t('attribute')}
                <select value={by} onChange={(e) => update(setBy, 'by')(e.target.value)}>
                  {numeric.map((a) => (
                    <option key={a.name} value={a.name}>
                      {a.name} ({a.min} – {a.max})
                    </option>
                  ))}
                </select>
              </label>
              <label className="field">
                {t('classes')}
                <select value={classes} onChange={(e) => update(setClasses, 'classes')(Number(e.target.value))}>
                  {[3, 4, 5, 6].map((n) => (
                    <option key={n} value={n}>
                      {n}
                    </option>
                  ))}
                </select>
              </label>
              <label className="field">
                {t('palette')}
                <select value={palette} onChange={(e) => update(setPalette, 'palette')(e.target.value)}>
                  {Object.keys(PALETTES).map((p) => (
                    <option key={p} value={p}>
                      {t(`palettes.${p}`)}
                    </option>
                  ))}
                </select>
              </label>
            </div>
          )}
          {numeric.length === 0 && <p className="hint">{t('noNumbers')}</p>}
          <label className="field">
            {t('extrude')}
            <select value={extrude} onChange={(e) => update(setExtrude, 'extrude')(e.target.value)}>
              <option value="">{t('noExtrude')}</option>
              {numeric.map((a) => (
                <option key={a.name} value={a.name}>
                  {a.name}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
      <label className="field">
        {t('opacity', { opacity })}
        <input type="range" min={0.1} max={1} step={0.05} value={opacity} onChange={(e) => update(setOpacity, 'opacity')(Number(e.target.value))} />
      </label>
    </fieldset>
  );
}
