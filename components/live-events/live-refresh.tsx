'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useTransition } from 'react';

import { useProcessEvents, type ProcessEvent } from '@/components/live-events/use-process-events';
import { missedSince } from '@/lib/participation/recent-signals';

/**
 * Re-renders a server page when something it shows changes (votes, answers, moderation). Refreshes
 * run one at a time: a new `router.refresh()` aborts the one under way, and a burst of signals (a
 * support, then an answer) could abort each other until none lands. A signal that comes during a
 * refresh asks for one more after it. `renderedAt`: when the server began rendering the page (its clock),
 * to tell from the stream's first message whether a signal came before the stream opened.
 */
export function LiveRefresh({ slug, targetId, renderedAt }: { slug: string; targetId: string; renderedAt: number }) {
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const wanted = useRef(false);

  const refresh = () => {
    if (refreshing) wanted.current = true;
    else startRefresh(() => router.refresh());
  };

  useEffect(() => {
    if (refreshing || !wanted.current) return;
    wanted.current = false;
    startRefresh(() => router.refresh());
  }, [refreshing, router]);

  // Comments have their own live thread; the rest of the page is the server's render.
  const shown = (event: ProcessEvent) => event.targetId === targetId && event.type !== 'comment';
  useProcessEvents(slug, (event) => {
    if (shown(event)) refresh();
  }, (reconnected, recent) => {
    if (reconnected || missedSince(recent, renderedAt, shown)) refresh();
  });
  return null;
}
