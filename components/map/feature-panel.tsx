'use client';

// The attributes of a clicked data-layer feature, the marks already made on it, and a way to add one.
import { useTranslations } from 'next-intl';

import type { ReactNode } from 'react';

import type { Annotation } from '@/lib/collab/annotation';
import type { LayerView } from '@/lib/schemas/layer';

import { featureName, type PickedFeature } from './feature-inspector';

type Props = {
  picked: PickedFeature;
  layer: LayerView;
  marks: Annotation[];
  canAnnotate: boolean;
  /** Visitors are invited to sign in; people who may not mark here are not. */
  signedIn: boolean;
  onAnnotate: () => void;
  onOpenMark: (id: string) => void;
  onClose: () => void;
  /** A live dot-vote round's button for this place. */
  vote?: ReactNode;
};

function show(value: unknown): string {
  if (typeof value === 'number') return value.toLocaleString(undefined, { maximumFractionDigits: 3 });
  return String(value);
}

export function FeaturePanel({ picked, layer, marks, canAnnotate, signedIn, onAnnotate, onOpenMark, onClose, vote }: Props) {
  const t = useTranslations('layers.feature');
  const title = featureName(picked) ?? t('untitled', { id: picked.featureId });
  const entries = Object.entries(picked.properties);
  return (
    <article className="annotation-card feature-panel" aria-labelledby="feature-title" data-testid="feature-panel">
      <header className="card-header">
        <h2 id="feature-title">{title}</h2>
        <button type="button" className="button button-quiet" onClick={onClose}>
          {t('close')}
        </button>
      </header>
      <p className="mark-meta">
        {t('fromLayer', { layer: layer.name, owner: layer.owner })}
      </p>
      {vote}
      {entries.length === 0 ? (
        <p className="hint">{t('noAttributes')}</p>
      ) : (
        <dl className="attribute-list">
          {entries.map(([key, value]) => (
            <div key={key}>
              <dt>{key}</dt>
              <dd>{show(value)}</dd>
            </div>
          ))}
        </dl>
      )}
      <h3 className="feature-marks-title">{t('marks', { count: marks.length })}</h3>
      {marks.length > 0 && (
        <ul className="feature-marks">
          {marks.map((mark) => (
            <li key={mark.id}>
              <button type="button" className="link-button" onClick={() => onOpenMark(mark.id)}>
                {mark.text || t('markWithoutText')}
              </button>{' '}
              <span className="mark-meta">{mark.authorName}</span>
            </li>
          ))}
        </ul>
      )}
      {canAnnotate ? (
        <button type="button" className="button" onClick={onAnnotate}>
          {t('annotate')}
        </button>
      ) : (
        !signedIn && <p className="hint">{t('signInToAnnotate')}</p>
      )}
    </article>
  );
}
