'use client';

// Short messages at the foot of the map: Undo after a delete, new layers to show, a refused change.
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, type ReactNode } from 'react';

import type { Refusal } from '@/components/annotations/use-shared-map';
import { isErrorCode } from '@/lib/errors/codes';

type Props = {
  pendingDeletes: string[];
  onUndo: (id: string) => void;
  layersChanged: boolean;
  onShowLayers: () => void;
  refusal: Refusal;
  onDismissRefusal: () => void;
  /** Further notices (the connection ended for good). */
  children?: ReactNode;
};

export function WorkspaceToasts({ pendingDeletes, onUndo, layersChanged, onShowLayers, refusal, onDismissRefusal, children }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const undo = useRef<HTMLButtonElement>(null);
  const latest = pendingDeletes.at(-1);
  // After a delete the card is gone: focus goes to Undo, the next thing one may want.
  useEffect(() => {
    if (latest) undo.current?.focus();
  }, [latest]);

  /** Close reasons read `key: detail`; the key picks the words shown to the person. */
  const refusalText = (reason: string) => {
    const key = reason.split(':')[0];
    if (isErrorCode(key)) return t(`errors.codes.${key}`);
    if (key.startsWith('shape.') && t.has(`annotations.problems.${key.slice(6)}`)) return t(`annotations.problems.${key.slice(6)}`);
    return t.has(`annotations.refused.reasons.${key}`) ? t(`annotations.refused.reasons.${key}`) : t('annotations.refused.reasons.generic');
  };

  return (
    <div className="map-toasts">
      {latest && (
        <p className="toast" role="status">
          {t('annotations.undo.deleted')}{' '}
          <button ref={undo} type="button" className="button button-quiet" onClick={() => onUndo(latest)}>
            {t('annotations.undo.undo')}
          </button>
        </p>
      )}
      {layersChanged && (
        <p className="toast" role="status" data-testid="layers-changed">
          {t('layers.changed')}{' '}
          <button type="button" className="button button-quiet" onClick={() => { onShowLayers(); router.refresh(); }}>
            {t('layers.showChanges')}
          </button>
        </p>
      )}
      {refusal && (
        <div className="toast toast-error" role="alert">
          <strong>{t('annotations.refused.title')}</strong>
          <p>
            {refusalText(refusal.reason)} {t('annotations.refused.reloaded')}
          </p>
          <button type="button" className="button button-quiet" onClick={onDismissRefusal}>
            {t('annotations.refused.dismiss')}
          </button>
        </div>
      )}
      {children}
    </div>
  );
}
