'use client';

// The session's latest dot-vote round as this person sees it, kept current by the process's event
// stream: a vote signal carries the round's new total (and the changed items' counts when results
// are shown), so no screen fetches on every dot; a new round or a reveal is fetched once.
import { useCallback, useEffect, useRef, useState } from 'react';

import { useProcessEvents } from '@/components/live-events/use-process-events';
import { apiErrorOf } from '@/lib/errors/api-error';
import { itemKey, sameItem, type DotItem, type DotResult, type RoundAnswer, type RoundInput, type RoundView } from '@/lib/live/dot-round';

async function call<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, { ...init, headers: { 'content-type': 'application/json' } });
  if (!response.ok) throw await apiErrorOf(response);
  return response.json() as Promise<T>;
}

function withCount(results: DotResult[], item: DotResult): DotResult[] {
  const others = results.filter((result) => !sameItem(result, item));
  return (item.dots > 0 ? [...others, item] : others).sort((a, b) => b.dots - a.dots || itemKey(a).localeCompare(itemKey(b)));
}

/** The session's newest round with this person's dots, or null when there is none (or it cannot be read). */
async function latestRound(base: string): Promise<RoundAnswer | null> {
  try {
    const list = await call<{ items: RoundView[] }>(`${base}?limit=1`);
    const latest = list.items[0];
    return latest ? await call<RoundAnswer>(`${base}/${latest.id}`) : null;
  } catch {
    return null;
  }
}

export function useDotRound(slug: string, sessionId: string) {
  const base = `/api/processes/${encodeURIComponent(slug)}/sessions/${encodeURIComponent(sessionId)}/rounds`;
  const [answer, setAnswer] = useState<RoundAnswer | null>(null);
  const [loaded, setLoaded] = useState(false);
  const current = useRef<RoundAnswer | null>(null);
  useEffect(() => {
    current.current = answer;
  }, [answer]);

  const load = useCallback(() => {
    void latestRound(base).then((latest) => {
      setAnswer(latest);
      setLoaded(true);
    });
  }, [base]);
  useEffect(() => {
    let current = true;
    void latestRound(base).then((latest) => {
      if (!current) return;
      setAnswer(latest);
      setLoaded(true);
    });
    return () => {
      current = false;
    };
  }, [base]);

  useProcessEvents(
    slug,
    (event) => {
      const signal = event.type === 'dots' ? event.dots : undefined;
      if (!signal || signal.round.sessionId !== sessionId) return;
      const known = current.current;
      const revealedNow = signal.round.status === 'revealed' && known?.round.status !== 'revealed';
      if (!known || known.round.id !== signal.round.id || revealedNow) return load();
      // From the newest state: a dot this person just placed must not be undone by a signal read from an older one.
      setAnswer((now) => (now?.round.id === signal.round.id ? { ...now, round: signal.round, results: now.results && signal.items ? signal.items.reduce(withCount, now.results as DotResult[]) : now.results } : now));
    },
    (reconnected) => {
      if (reconnected) load();
    },
  );

  const act = useCallback(async (path: string, init: RequestInit) => {
    const round = await call<RoundView | { round: RoundView }>(`${base}${path}`, init);
    return 'round' in round ? round.round : round;
  }, [base]);

  return {
    answer,
    loaded,
    /** Asks again (another view of the round, e.g. a mark's card, may have placed dots meanwhile). */
    reload: load,
    open: async (input: RoundInput) => {
      await act('', { method: 'POST', body: JSON.stringify(input) });
      load();
    },
    close: async (roundId: string) => {
      await act(`/${roundId}/close`, { method: 'POST' });
      load();
    },
    reveal: async (roundId: string) => {
      await act(`/${roundId}/reveal`, { method: 'POST' });
      load();
    },
    place: async (item: DotItem) => {
      if (!answer) return;
      const placed = await call<{ id: string; left: number }>(`${base}/${answer.round.id}/votes`, { method: 'POST', body: JSON.stringify(item) });
      setAnswer((now) => now && { ...now, mine: { left: placed.left, votes: [...now.mine.votes, { ...item, id: placed.id }] } });
      return placed.left;
    },
    remove: async (dotId: string) => {
      if (!answer) return;
      const taken = await call<{ left: number }>(`${base}/${answer.round.id}/votes/${encodeURIComponent(dotId)}`, { method: 'DELETE' });
      setAnswer((now) => now && { ...now, mine: { left: taken.left, votes: now.mine.votes.filter((vote) => vote.id !== dotId) } });
      return taken.left;
    },
  };
}

/** Seconds until the round ends (null when it has no end), ticking once a second. */
export function useSecondsLeft(endsAt: number | null): number | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (endsAt === null) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [endsAt]);
  return endsAt === null ? null : Math.max(0, Math.ceil((endsAt - now) / 1000));
}
