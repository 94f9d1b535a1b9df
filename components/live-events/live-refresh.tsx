'use client';

import { useRouter } from 'next/navigation';

import { useProcessEvents } from '@/components/live-events/use-process-events';

/** Re-renders a server page when something it shows changes (votes, answers, moderation). */
export function LiveRefresh({ slug, targetId }: { slug: string; targetId: string }) {
  const router = useRouter();
  useProcessEvents(slug, (event) => {
    if (event.targetId === targetId && event.type !== 'comment') router.refresh();
  }, (reconnected) => {
    if (reconnected) router.refresh();
  });
  return null;
}
