'use client';

// The marks the workspace shows: the shared map's, less those being deleted (Undo) and those a
// moderator hid; moderators see hidden marks too, marked as hidden, so they can restore them.
import { useMemo, useState } from 'react';

import type { Annotation } from '@/lib/collab/annotation';
import type { Category } from '@/lib/schemas/process';

import { useHiddenMarks } from './use-hidden-marks';
import { usePendingDeletes } from './use-pending-deletes';

export type ShownMark = Annotation & { hiddenReason: string | null };

type Options = { slug: string; shared: Annotation[]; remove: (id: string) => void; categories: Category[]; moderator: boolean };

export function useWorkspaceMarks({ slug, shared, remove, categories, moderator }: Options) {
  const deletes = usePendingDeletes(remove);
  const hidden = useHiddenMarks(slug);
  const [shownCategories, setShownCategories] = useState(() => new Set(categories.map((c) => c.id)));

  const marks = useMemo<ShownMark[]>(() => {
    const live = shared.filter((a) => !deletes.pending.includes(a.id));
    if (!moderator) return live.filter((a) => !hidden.has(a.id)).map((a) => ({ ...a, hiddenReason: null }));
    const inDoc = new Set(live.map((a) => a.id));
    const onlyHidden = [...hidden.values()].flatMap((entry) => (entry.annotation && !inDoc.has(entry.id) ? [{ ...entry.annotation, hiddenReason: entry.reason }] : []));
    return [...live.map((a) => ({ ...a, hiddenReason: hidden.get(a.id)?.reason ?? null })), ...onlyHidden];
  }, [shared, deletes.pending, hidden, moderator]);

  const onMap = useMemo(() => marks.filter((a) => shownCategories.has(a.category)), [marks, shownCategories]);
  const toggleCategory = (id: string, shown: boolean) =>
    setShownCategories((current) => {
      const next = new Set(current);
      if (shown) next.add(id);
      else next.delete(id);
      return next;
    });

  return { marks, onMap, shownCategories, toggleCategory, deletes };
}
