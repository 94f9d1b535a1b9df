'use client';

// The councillor's review of a process: filters, headline figures, charts, rankings, the map with
// its area, and the proposals to answer. The themes and districts panels slot in below the map.
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState, type ReactNode } from 'react';

import { refetchAfterChange } from '@/components/live-events/refetch-after-change';
import type { ProcessView } from '@/lib/schemas/process';
import type { Review } from '@/server/review/get-review';

import { ReviewCharts } from './review-charts';
import { ReviewFilters } from './review-filters';
import { ReviewLiveFigures } from './review-live';
import { ReviewMap } from './review-map';
import { ReviewProposalList } from './review-proposal-list';
import { NO_SELECTION, reviewQuery, type ReviewSelection } from './review-query';
import { ReviewSelectionContext } from './review-selection';
import { ReviewRankings, ReviewSummary } from './review-summary';
import './review.css';

type Props = {
  process: Pick<ProcessView, 'slug' | 'title' | 'bounds' | 'layers' | 'categories' | 'basemapSource'>;
  mayAnswer: boolean;
  /** The themes and districts panels: they read the filter with useReviewSelection(). */
  children?: ReactNode;
};

export function ReviewDashboard({ process, mayAnswer, children }: Props) {
  const t = useTranslations('review');
  const client = useQueryClient();
  const [selection, setSelection] = useState<ReviewSelection>(NO_SELECTION);
  const query = reviewQuery(selection);
  const review = useQuery({
    queryKey: ['review', process.slug, 'figures', query],
    placeholderData: keepPreviousData,
    queryFn: async () => {
      const response = await fetch(`/api/processes/${process.slug}/review?${reviewQuery(selection, { limit: '1' })}`, { cache: 'no-store' });
      if (!response.ok) throw new Error(`review ${response.status}`);
      return (await response.json()) as Review;
    },
  });
  const select = (change: Partial<ReviewSelection>) => setSelection((current) => ({ ...current, ...change }));
  const refresh = () => void refetchAfterChange(client, ['review', process.slug, 'figures']);

  return (
    <ReviewSelectionContext.Provider value={{ slug: process.slug, selection, query, select }}>
    <div className="review" data-testid="review-dashboard" data-loading={review.isFetching ? 'true' : 'false'}>
      <h1>{t('title', { process: process.title })}</h1>
      <ReviewFilters selection={selection} categories={process.categories} onChange={setSelection} />
      {selection.area && <p className="review-area-note" role="status">{t('areaApplied')}</p>}
      {review.isError && <p role="alert">{t('loadFailed')}</p>}
      {review.data && (
        <>
          <ReviewSummary review={review.data} />
          <ReviewCharts review={review.data} categories={process.categories} />
        </>
      )}
      <ReviewMap process={process} query={query} area={selection.area} onArea={(area) => select({ area })} />
      {children}
      {review.data && <ReviewRankings review={review.data} slug={process.slug} />}
      {review.data && <ReviewLiveFigures live={review.data.live} slug={process.slug} />}
      <ReviewProposalList slug={process.slug} query={query} mayAnswer={mayAnswer} onAnswered={refresh} />
    </div>
    </ReviewSelectionContext.Provider>
  );
}
