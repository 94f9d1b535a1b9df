// A process's lifecycle: draft → open → closed → archived. A closed process may open again; an
// archived one is final. Opening with a closing date already past needs the admin's confirmation.
import type { ProcessStatus } from '@/lib/policy/decide';

const NEXT: Record<ProcessStatus, readonly ProcessStatus[]> = {
  draft: ['open'],
  open: ['closed'],
  closed: ['open', 'archived'],
  archived: [],
};

export type TransitionCheck =
  | { ok: true; changed: boolean }
  | { ok: false; code: 'invalid_transition' | 'process_already_closed' | 'closes_in_past' };

export const nextStatuses = (from: ProcessStatus): readonly ProcessStatus[] => NEXT[from];

export function checkTransition(from: ProcessStatus, to: ProcessStatus, options: { closesAt: Date | null; now: Date; confirmed: boolean }): TransitionCheck {
  if (from === to) return from === 'closed' ? { ok: false, code: 'process_already_closed' } : { ok: true, changed: false };
  if (!NEXT[from].includes(to)) return { ok: false, code: 'invalid_transition' };
  if (to === 'open' && options.closesAt && options.closesAt <= options.now && !options.confirmed) return { ok: false, code: 'closes_in_past' };
  return { ok: true, changed: true };
}
