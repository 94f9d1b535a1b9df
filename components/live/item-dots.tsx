'use client';

// "5 dots in <session>": what revealed dot-vote rounds left on a proposal, a mark or a feature.
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';

import type { DotItem } from '@/lib/live/dot-round';

type Counted = { roundId: string; sessionTitle: string; dots: number };

export function ItemDots({ slug, item }: { slug: string; item: DotItem }) {
  const t = useTranslations('live.votes');
  const [counted, setCounted] = useState<Counted[]>([]);
  const query = new URLSearchParams({ itemType: item.itemType, itemId: item.itemId, ...(item.layerId ? { layerId: item.layerId } : {}) }).toString();
  useEffect(() => {
    let current = true;
    void fetch(`/api/processes/${encodeURIComponent(slug)}/dots?${query}`)
      .then((response) => (response.ok ? (response.json() as Promise<{ items: Counted[] }>) : { items: [] }))
      .then((answer) => current && setCounted(answer.items))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [slug, query]);
  if (counted.length === 0) return null;
  return (
    <ul className="item-dots" data-testid="item-dots">
      {counted.map((entry) => (
        <li key={entry.roundId}>{t('snapshot', { count: entry.dots, session: entry.sessionTitle })}</li>
      ))}
    </ul>
  );
}
