'use client';

// The marks, proposals and comments that mention one theme, newest first, a page at a time.
import { useInfiniteQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useTranslations } from 'next-intl';

import type { ThemeItem } from '@/server/review/review-themes';

import { ShowMore } from '../ui/show-more';

type Page = { items: ThemeItem[]; nextCursor: string | null; total: number };

export function ThemeItems({ slug, query, theme, label }: { slug: string; query: string; theme: string; label: string }) {
  const t = useTranslations('themes');
  const pages = useInfiniteQuery({
    queryKey: ['review', slug, 'theme-items', query, theme],
    initialPageParam: null as string | null,
    getNextPageParam: (last: Page) => last.nextCursor,
    queryFn: async ({ pageParam }) => {
      const params = new URLSearchParams(query);
      params.set('theme', theme);
      params.set('limit', '10');
      if (pageParam) params.set('cursor', pageParam);
      const response = await fetch(`/api/processes/${slug}/review/themes/items?${params}`, { cache: 'no-store' });
      if (!response.ok) throw new Error(`theme items ${response.status}`);
      return (await response.json()) as Page;
    },
  });
  const items = pages.data?.pages.flatMap((page) => page.items) ?? [];
  const total = pages.data?.pages[0]?.total ?? 0;
  return (
    <section className="theme-items" aria-labelledby="theme-items-title" data-testid="theme-items">
      <h3 id="theme-items-title" tabIndex={-1}>{t('itemsTitle', { theme: label, count: total })}</h3>
      {pages.isError && <p role="alert">{t('loadFailed')}</p>}
      <ul>
        {items.map((item) => (
          <li key={`${item.type}:${item.id}`}>
            <span className="review-kind">{t(`kinds.${item.type}`)}</span>{' '}
            {item.href ? <Link href={item.href}>{item.excerpt}</Link> : <span>{item.excerpt}</span>}
          </li>
        ))}
      </ul>
      {pages.hasNextPage && <ShowMore label={t('showMore')} shown={items.length} total={total} loading={pages.isFetchingNextPage} onMore={() => void pages.fetchNextPage()} />}
    </section>
  );
}
