// Every figure of the review for one query string, without asking who reads it (get-review.ts does).
// Registers the district resolver, so `district=<featureId>` names an area of the process's districts layer.
import './districts';
import { reviewFigures } from './review-figures';
import { parseReviewFilter, withDistrict, type ReviewFilter } from './review-filter';
import { reviewLive } from './review-live';
import { countWaiting, listReviewProposals, parseReviewList } from './review-proposals';

const publicFilter = (f: ReviewFilter) => ({
  bounds: f.bounds,
  areas: f.areas.length,
  from: f.from?.toISOString() ?? null,
  until: f.until?.toISOString() ?? null,
  category: f.category,
  district: f.district,
  overdueDays: f.overdueDays,
});

export async function reviewAnswer(processId: string, params: URLSearchParams, now = new Date()) {
  const list = parseReviewList(params);
  const filter = await withDistrict(processId, parseReviewFilter(params));
  const [figures, waiting, proposals, live] = await Promise.all([
    reviewFigures(processId, filter),
    countWaiting(processId, filter, now),
    listReviewProposals(processId, filter, list, now),
    reviewLive(processId, filter),
  ]);
  const { participants, totals, byCategory, byDay, supportByDay, mostSupported, mostDiscussed } = figures;
  return { filter: publicFilter(filter), participants, totals, contributions: { byCategory, byDay }, support: { byDay: supportByDay }, mostSupported, mostDiscussed, waiting, proposals, live };
}

export type Review = Awaited<ReturnType<typeof reviewAnswer>>;
