// The printable report of a process: its key figures (the review's aggregations), where people spoke
// and the answered proposals. Councillors and admins, as for the exports.
import { decide } from '@/lib/policy/decide';
import type { Viewer } from '@/lib/policy/subject';
import type { ProcessView } from '@/lib/schemas/process';
import { enforce } from '@/server/auth/actor';
import { reviewFigures } from '@/server/review/review-figures';
import { parseReviewFilter } from '@/server/review/review-filter';
import { topThemesForReport } from '@/server/review/review-themes';

import { listOutcomes } from '../outcomes/list-outcomes';
import { contributionGrid } from './contribution-grid';

/** Answers printed in the report; the outcomes page lists them all. */
export const REPORT_ANSWERS = 50;

export async function getReport(viewer: Viewer, process: ProcessView) {
  enforce(decide(viewer, 'process.export', { process }));
  const everything = parseReviewFilter(new URLSearchParams());
  const [{ participants, totals, byCategory, mostSupported }, grid, answered, themes] = await Promise.all([
    reviewFigures(process.id, everything),
    contributionGrid(process.id, process.bounds),
    listOutcomes(process.id, process.layers, 1, REPORT_ANSWERS),
    topThemesForReport(process.id, everything, 12),
  ]);
  return { participants, totals, byCategory, mostSupported: mostSupported.slice(0, 5), grid, answered, themes };
}

export type Report = Awaited<ReturnType<typeof getReport>>;
