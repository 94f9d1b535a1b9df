'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useTransition } from 'react';

import { useProcessEvents } from '@/components/live-events/use-process-events';

/**
 * Re-renders a server page when something it shows changes (votes, answers, moderation). Refreshes
 * run one at a time: a new `router.refresh()` aborts the one under way, and a burst of signals (a
 * support, then an answer) could abort each other until none lands. A signal that comes during a
 * refresh asks for one more after it.
 */
export function LiveRefresh({ slug, targetId }: { slug: string; targetId: string }) {
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

  useProcessEvents(slug, (event) => {
    if (event.targetId === targetId && event.type !== 'comment') refresh();
  }, (reconnected) => {
    if (reconnected) refresh();
  });
  return null;
}
