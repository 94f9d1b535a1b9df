'use client';

// The review's current filter, for every panel on the page (the themes and districts panels too):
// `query` is the review API's query string for it; `select` changes it for the whole page.
import { createContext, useContext } from 'react';

import type { ReviewSelection } from './review-query';

export type ReviewSelectionValue = { slug: string; selection: ReviewSelection; query: string; select: (change: Partial<ReviewSelection>) => void };

export const ReviewSelectionContext = createContext<ReviewSelectionValue | null>(null);

export function useReviewSelection(): ReviewSelectionValue {
  const value = useContext(ReviewSelectionContext);
  if (!value) throw new Error('useReviewSelection outside the review page');
  return value;
}
