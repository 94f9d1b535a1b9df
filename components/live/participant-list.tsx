'use client';

// Who joined the session, who of them is on the map now (presence), and removing someone disruptive.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';

import { refetchAfterChange } from '@/components/live-events/refetch-after-change';
import type { Peer } from '@/lib/collab/presence';
import { fetchJson, sendJson } from '@/lib/http/send-json';

import { FormError } from '../ui/form-error';

type Participant = { userId: string; name: string; guest: boolean; joinedAt: string; removed: boolean };
type Page = { items: Participant[]; nextCursor: string | null; total: number };

export function ParticipantList({ base, peers }: { base: string; peers: Peer[] }) {
  const t = useTranslations('live.participants');
  const client = useQueryClient();
  const [failure, setFailure] = useState<unknown>(null);
  const here = new Set(peers.map((peer) => peer.user.id));
  const key = ['live', base, 'participants', here.size];
  // Fetched again when someone arrives or leaves the map: a new participant shows without polling.
  const { data } = useQuery({ queryKey: key, queryFn: () => fetchJson<Page>(`${base}/participants?limit=100`) });
  const remove = async (person: Participant) => {
    setFailure(null);
    try {
      await sendJson(`${base}/participants/${encodeURIComponent(person.userId)}/remove`, 'POST');
      await refetchAfterChange(client, ['live', base, 'participants']);
    } catch (error) {
      setFailure(error);
    }
  };
  const items = data?.items ?? [];
  return (
    <section aria-labelledby="console-participants">
      <h3 id="console-participants">{t('heading', { count: data?.total ?? 0, here: here.size })}</h3>
      <FormError failure={failure} />
      <ul className="participant-list" data-testid="participant-list">
        {items.map((person) => (
          <li key={person.userId} data-here={here.has(person.userId)} data-removed={person.removed}>
            <span className={`presence-dot${here.has(person.userId) ? ' presence-dot-here' : ''}`} aria-hidden="true" />
            <span>{person.name}</span>
            <span className="hint">{[person.guest && t('guest'), person.removed ? t('removed') : here.has(person.userId) ? t('here') : t('away')].filter(Boolean).join(' · ')}</span>
            {!person.removed && (
              <button type="button" className="button button-quiet" onClick={() => void remove(person)}>
                {t('remove')}
                <span className="visually-hidden"> {person.name}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
      {data && data.total > items.length && <p className="hint">{t('more', { count: data.total - items.length })}</p>}
    </section>
  );
}
