// The review dashboard's answer: every figure for one filter, read by those the policy lets review.
import { decide } from '@/lib/policy/decide';
import type { Viewer } from '@/lib/policy/subject';
import type { ProcessView } from '@/lib/schemas/process';
import { enforce } from '@/server/auth/actor';

// Registers the district resolver, so `district=<featureId>` names an area of the process's districts layer.
import './districts';
import { contributionsByCategory, contributionsByDay, countParticipants, countTotals, supportByDay, topItems } from './review-figures';
import { parseReviewFilter, withDistrict, type ReviewFilter } from './review-filter';
import { countWaiting, listReviewProposals, parseReviewList } from './review-proposals';

/** 401 signed out, 403 for those who may not review (citizens, guests), 404 for a process they cannot see. */
export function enforceReview(viewer: Viewer, process: Pick<ProcessView, 'id' | 'status'>): void {
  enforce(decide(viewer, 'process.review', { process }));
}

const publicFilter = (f: ReviewFilter) => ({
  bounds: f.bounds,
  areas: f.areas.length,
  from: f.from?.toISOString() ?? null,
  until: f.until?.toISOString() ?? null,
  category: f.category,
  district: f.district,
  overdueDays: f.overdueDays,
});

export async function getReview(viewer: Viewer, process: Pick<ProcessView, 'id' | 'status'>, params: URLSearchParams, now = new Date()) {
  enforceReview(viewer, process);
  const list = parseReviewList(params);
  const filter = await withDistrict(process.id, parseReviewFilter(params));
  const [participants, totals, byCategory, byDay, support, top, waiting, proposals] = await Promise.all([
    countParticipants(process.id, filter),
    countTotals(process.id, filter),
    contributionsByCategory(process.id, filter),
    contributionsByDay(process.id, filter),
    supportByDay(process.id, filter),
    topItems(process.id, filter),
    countWaiting(process.id, filter, now),
    listReviewProposals(process.id, filter, list, now),
  ]);
  return { filter: publicFilter(filter), participants, totals, contributions: { byCategory, byDay }, support: { byDay: support }, ...top, waiting, proposals };
}

export type Review = Awaited<ReturnType<typeof getReview>>;
