'use client';

// The first Tab on a process page: straight to the map (arrow keys pan it, Space places a corner).
import { useTranslations } from 'next-intl';
import { useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';

// The slot is in the root layout, there from the first client render on.
const noChanges = () => () => {};
const findSlot = () => document.getElementById('skip-link-slot');

export function SkipToMap({ onSkip }: { onSkip: () => void }) {
  const t = useTranslations('process');
  const slot = useSyncExternalStore(noChanges, findSlot, () => null);
  if (!slot) return null;
  return createPortal(
    <a
      className="skip-link"
      href="#map"
      onClick={(event) => {
        event.preventDefault();
        onSkip();
      }}
    >
      {t('skipToMap')}
    </a>,
    slot,
  );
}
