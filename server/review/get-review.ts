// The review dashboard's answer, for those the policy lets review.
import { decide } from '@/lib/policy/decide';
import type { Viewer } from '@/lib/policy/subject';
import type { ProcessView } from '@/lib/schemas/process';
import { enforce } from '@/server/auth/actor';

import { reviewAnswer } from './review-answer';

export type { Review } from './review-answer';

/** 401 signed out, 403 for those who may not review (citizens, guests), 404 for a process they cannot see. */
export function enforceReview(viewer: Viewer, process: Pick<ProcessView, 'id' | 'status'>): void {
  enforce(decide(viewer, 'process.review', { process }));
}

export async function getReview(viewer: Viewer, process: Pick<ProcessView, 'id' | 'status'>, params: URLSearchParams, now = new Date()) {
  enforceReview(viewer, process);
  return reviewAnswer(process.id, params, now);
}
