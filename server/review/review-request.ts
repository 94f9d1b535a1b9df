// What every review route starts with: the person, the process, their right to its review, and the
// review's filter (a district resolved to its outline) from the query string.
import { viewingSubject } from '@/server/auth/actor';
import { requireProcess } from '@/server/domain/processes/require-process';

import { enforceReview } from './get-review';
import { parseReviewFilter, withDistrict } from './review-filter';

/** `ownParameters` are the route's own query names, left out of the filter. */
export async function reviewRequest(request: Request, slug: string, ownParameters: string[] = []) {
  const viewer = await viewingSubject();
  const process = await requireProcess(slug);
  enforceReview(viewer, process);
  const search = new URL(request.url).searchParams;
  const filterSearch = new URLSearchParams([...search].filter(([name]) => !ownParameters.includes(name)));
  const filter = await withDistrict(process.id, parseReviewFilter(filterSearch));
  return { process, search, filter };
}

export const REVIEW_HEADERS = { 'Cache-Control': 'private, no-store' };
