'use client';

import { useTranslations } from 'next-intl';
import { useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';

import type { Peer } from '@/lib/collab/presence';

import type { ConnectionStatus } from '../annotations/use-shared-map';

const SHOWN_AVATARS = 5;
// The slot is part of the layout around the page, so it is there from the first client render on.
const noChanges = () => () => {};
const findSlot = () => document.getElementById('top-bar-slot');

/** Who is here and whether the map is live, in the top bar. */
export function PresenceBar({ status, peers }: { status: ConnectionStatus; peers: Peer[] }) {
  const t = useTranslations('presence');
  const slot = useSyncExternalStore(noChanges, findSlot, () => null);
  if (!slot) return null;
  return createPortal(
    <div className="presence-bar">
      <span className={`connection connection-${status}`} role="status" data-testid="connection-status" data-status={status}>
        <span className="connection-dot" aria-hidden="true" />
        {t(`status.${status}`)}
      </span>
      {status !== 'view-only' && (
        <div className="avatars" aria-label={t('here', { count: peers.length })} role="group">
          {peers.slice(0, SHOWN_AVATARS).map((peer) => (
            <span key={peer.user.id} className="avatar" style={{ background: peer.user.color }} title={peer.user.name}>
              <span aria-hidden="true">{peer.user.name.slice(0, 1).toUpperCase()}</span>
              <span className="visually-hidden">{peer.user.name}</span>
            </span>
          ))}
          {peers.length > SHOWN_AVATARS && <span className="avatar avatar-more">{t('more', { count: peers.length - SHOWN_AVATARS })}</span>}
          <span className="visually-hidden">{t('here', { count: peers.length })}</span>
        </div>
      )}
    </div>,
    slot,
  );
}
