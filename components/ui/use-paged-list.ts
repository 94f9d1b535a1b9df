'use client';

// A list the server sends a page at a time (`nextCursor`, `total` beside the items under `field`),
// read on as the person asks for more; invalidating its query key refetches the pages shown.
import { useInfiniteQuery, type QueryKey } from '@tanstack/react-query';

type Page<T> = { items: T[]; nextCursor: string | null; total: number };

/** `url(cursor)` is the address of a page: the first one with a null cursor. */
export function usePagedList<T>(queryKey: QueryKey, url: (cursor: string | null) => string, field: string) {
  const pages = useInfiniteQuery({
    queryKey,
    queryFn: async ({ pageParam }): Promise<Page<T>> => {
      const address = url(pageParam);
      const response = await fetch(address, { cache: 'no-store' });
      if (!response.ok) throw new Error(`${address} ${response.status}`);
      const body = await response.json();
      return { items: body[field] as T[], nextCursor: body.nextCursor ?? null, total: body.total ?? 0 };
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  return {
    items: pages.data ? pages.data.pages.flatMap((page) => page.items) : null,
    total: pages.data?.pages[0]?.total ?? 0,
    hasMore: pages.hasNextPage,
    loadingMore: pages.isFetchingNextPage,
    more: () => void pages.fetchNextPage(),
  };
}
