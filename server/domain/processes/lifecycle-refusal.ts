// A refused status change as the contract's error, on the `status` field so the admin form shows it there.
import type { TransitionCheck } from '@/lib/process/lifecycle';
import { AppError } from '@/server/http/app-error';

const SENTENCES = {
  invalid_transition: 'A process cannot move to this status from the one it has now.',
  process_already_closed: 'This process is already closed.',
  closes_in_past: 'Its closing date has passed: confirm to open it anyway, or change the date.',
} as const;

export function throwIfRefused(check: TransitionCheck): void {
  if (check.ok) return;
  const code = check.code === 'invalid_transition' ? 'process_invalid_transition' : check.code;
  throw new AppError(409, code, SENTENCES[check.code], { field: check.code === 'closes_in_past' ? 'closesAt' : 'status' });
}
