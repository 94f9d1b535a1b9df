// What a mark's card offers for changing the mark (its text, its shape or place, deleting it): the
// controls, the controls switched off because the live session's phase allows no marks now, or none.
import { visibleItem, type ProcessRules } from '@/components/process/process-context';

export type MarkChange = 'open' | 'heldByPhase' | 'none';

type Mark = { authorId: string; hiddenReason: string | null };

/** `editable`: the shared map takes changes from this person at all (connected as them, not read-only). */
export function markChange(rules: Pick<ProcessRules, 'can' | 'heldByPhase'>, mark: Mark, editable: boolean): MarkChange {
  if (!editable) return 'none';
  const item = visibleItem(mark.authorId, mark.hiddenReason !== null);
  if (rules.can('annotation.editOwn', item)) return 'open';
  return rules.heldByPhase('annotation.editOwn', item) ? 'heldByPhase' : 'none';
}
