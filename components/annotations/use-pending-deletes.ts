'use client';

// Deleting offers Undo for a few seconds instead of a confirm dialog: the mark is hidden at once
// and only removed from the shared map when the time is up.
import { useCallback, useEffect, useRef, useState } from 'react';

export const UNDO_MS = 6000;

export function usePendingDeletes(commit: (id: string) => void) {
  const [pending, setPending] = useState<string[]>([]);
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const commitRef = useRef(commit);
  commitRef.current = commit;

  const schedule = useCallback((id: string) => {
    setPending((ids) => [...ids, id]);
    timers.current.set(
      id,
      setTimeout(() => {
        timers.current.delete(id);
        commitRef.current(id);
        setPending((ids) => ids.filter((other) => other !== id));
      }, UNDO_MS),
    );
  }, []);

  const undo = useCallback((id: string) => {
    clearTimeout(timers.current.get(id));
    timers.current.delete(id);
    setPending((ids) => ids.filter((other) => other !== id));
  }, []);

  // Leaving the page carries out what was asked: the person did not undo.
  useEffect(() => {
    const current = timers.current;
    return () => {
      for (const [id, timer] of current) {
        clearTimeout(timer);
        commitRef.current(id);
      }
    };
  }, []);

  return { pending, schedule, undo };
}
