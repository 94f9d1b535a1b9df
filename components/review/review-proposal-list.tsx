'use client';

// The review's proposals: ranked by support, or those waiting for an answer (oldest first, overdue
// marked), each answered in place with the proposal page's own answer form.
import { useInfiniteQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';

import { AnswerForm } from '@/components/proposals/answer-form';
import { ShowMore } from '@/components/ui/show-more';
import type { ReviewProposalPage } from '@/server/review/review-proposals';

type Props = { slug: string; query: string; mayAnswer: boolean; onAnswered: () => void };

export function ReviewProposalList({ slug, query, mayAnswer, onAnswered }: Props) {
  const t = useTranslations('review');
  const tp = useTranslations('participation');
  const format = useFormatter();
  const [list, setList] = useState<'supported' | 'waiting'>('waiting');
  const pages = useInfiniteQuery({
    queryKey: ['review', slug, 'proposals', list, query],
    initialPageParam: '',
    queryFn: async ({ pageParam }) => {
      const params = new URLSearchParams(query);
      params.set('list', list);
      if (pageParam) params.set('cursor', pageParam);
      const response = await fetch(`/api/processes/${slug}/review?${params}`, { cache: 'no-store' });
      if (!response.ok) throw new Error(`review ${response.status}`);
      return (await response.json()).proposals as ReviewProposalPage;
    },
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const proposals = pages.data?.pages.flatMap((p) => p.proposals) ?? [];
  const total = pages.data?.pages[0]?.total ?? 0;
  const answered = async () => {
    await pages.refetch();
    onAnswered();
  };

  return (
    <section aria-labelledby="review-proposals-title" className="review-proposals">
      <h2 id="review-proposals-title">{t('proposals.title')}</h2>
      <fieldset className="review-switch">
        <legend>{t('proposals.show')}</legend>
        {(['waiting', 'supported'] as const).map((option) => (
          <label key={option}>
            <input type="radio" name="review-list" value={option} checked={list === option} onChange={() => setList(option)} /> {t(`proposals.${option}`)}
          </label>
        ))}
      </fieldset>
      {pages.isError && <p role="alert">{t('loadFailed')}</p>}
      {pages.isSuccess && proposals.length === 0 && <p className="review-empty">{t('proposals.none')}</p>}
      <ol className="review-proposal-list" data-testid="review-proposals">
        {proposals.map((p) => (
          <li key={p.id} className={p.overdue ? 'review-overdue' : undefined}>
            <p className="review-proposal-title"><Link href={`/p/${slug}/proposals/${p.id}`}>{p.title}</Link></p>
            <p className="hint">
              {tp(`status.${p.status}`)} · {t('proposals.counts', { supports: p.supports, opposes: p.opposes, comments: p.comments })} ·{' '}
              {t('proposals.age', { days: p.ageDays, date: format.dateTime(new Date(p.publishedAt), { dateStyle: 'medium' }) })}
              {p.overdue && <strong className="review-overdue-badge"> · {t('proposals.overdue')}</strong>}
            </p>
            {mayAnswer && (
              <details>
                <summary>{t('proposals.answer', { title: p.title })}</summary>
                <AnswerForm proposalId={p.id} status={p.status} onAnswered={answered} />
              </details>
            )}
          </li>
        ))}
      </ol>
      {pages.hasNextPage && <ShowMore label={t('proposals.more')} shown={proposals.length} total={total} loading={pages.isFetchingNextPage} onMore={() => void pages.fetchNextPage()} />}
    </section>
  );
}
