import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';

import { refetchAfterChange } from './refetch-after-change';

/** A query whose answers the test releases one by one: `answers[n]` is what the n-th fetch returns. */
function slowQuery(answers: string[]) {
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });
  const releases: (() => void)[] = [];
  let calls = 0;
  const observer = new QueryObserver(client, {
    queryKey: ['comments', 'proposal', 'p1', 'oldest'],
    queryFn: () => {
      const answer = answers[calls++];
      return new Promise<string>((resolve) => releases.push(() => resolve(answer)));
    },
  });
  const unsubscribe = observer.subscribe(() => {});
  return { client, observer, releases, calls: () => calls, unsubscribe };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('refetchAfterChange', () => {
  it('replaces a first load that started before the change, instead of keeping its stale answer', async () => {
    const query = slowQuery(['before the comment', 'with the comment']);
    await settled();
    expect(query.calls()).toBe(1);
    const refetched = refetchAfterChange(query.client, ['comments', 'proposal', 'p1']);
    await settled();
    query.releases[0]();
    await settled();
    expect(query.calls()).toBe(2);
    query.releases[1]();
    await refetched;
    expect(query.observer.getCurrentResult().data).toBe('with the comment');
    query.unsubscribe();
  });

  it('replaces a refetch under way when the query already holds data', async () => {
    const query = slowQuery(['first', 'second', 'third']);
    await settled();
    query.releases[0]();
    await settled();
    void query.client.invalidateQueries();
    await settled();
    const refetched = refetchAfterChange(query.client);
    await settled();
    query.releases[1]();
    await settled();
    query.releases[2]?.();
    await refetched;
    expect(query.observer.getCurrentResult().data).toBe('third');
    query.unsubscribe();
  });

  it('leaves queries under other keys alone', async () => {
    const query = slowQuery(['only']);
    await settled();
    query.releases[0]();
    await settled();
    await refetchAfterChange(query.client, ['proposals', 'demo']);
    expect(query.calls()).toBe(1);
    query.unsubscribe();
  });
});
