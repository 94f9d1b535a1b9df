'use client';

// What the person may do in this process, asked of lib/policy exactly as the server asks it, so
// the page offers only what the server would accept; inside a live session, its lock and current phase too.
import { createContext, useContext, useMemo, type ReactNode } from 'react';

import type { Phase } from '@/lib/live/phases';
import { allowed, heldByPhase, type ProcessState, type TargetState } from '@/lib/policy/decide';
import type { Action } from '@/lib/policy/roles';
import type { Viewer } from '@/lib/policy/subject';

import { useDeferredPerson } from '@/components/ui/use-deferred-person';

export type ProcessRules = {
  slug: string;
  process: ProcessState;
  viewer: Viewer;
  /** False while a page rendered without the person (`later`) is still asking who they are: `viewer` is `null` meanwhile. */
  known: boolean;
  /** The facilitator has locked the shared map (the Y.Doc's `session.locked`). */
  locked: boolean;
  /** The running live session's current phase; null without one (or on a page that does not follow it). */
  phase: Phase | null;
  can: (action: Action, target?: TargetState) => boolean;
  /** Allowed but for the current phase: the control stays in view, switched off, with the phase as the reason. */
  heldByPhase: (action: Action, target?: TargetState) => boolean;
};

/** What a live session adds to the rules. */
export type LiveState = { locked: boolean; phase: Phase | null };

const Context = createContext<ProcessRules | null>(null);

function rules(slug: string, process: ProcessState, viewer: Viewer, known: boolean, live: LiveState): ProcessRules {
  const situation = (target?: TargetState) => ({ process, map: { locked: live.locked }, target, phase: live.phase });
  return {
    slug,
    process,
    viewer,
    known,
    ...live,
    can: (action, target) => allowed(viewer, action, situation(target)),
    heldByPhase: (action, target) => heldByPhase(viewer, action, situation(target)),
  };
}

type ProviderProps = { slug: string; process: ProcessState; viewer: Viewer; later?: boolean; children: ReactNode };

/** `later`: the page was rendered for no one in particular (server/web/anonymous-page-cache.ts); the viewer is read once loaded. */
export function ProcessProvider({ slug, process, viewer: rendered, later = false, children }: ProviderProps) {
  const person = useDeferredPerson(later);
  const viewer = later ? (person?.viewer ?? null) : rendered;
  const known = !later || person !== undefined;
  const value = useMemo(() => rules(slug, process, viewer, known, { locked: false, phase: null }), [slug, process, viewer, known]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/**
 * The rules around this component with the live session's lock and/or phase joined (what is left out stays).
 * `readOnly`: a display nobody acts from (the projector), whoever signed it in: nothing is offered.
 */
export function useLiveRules({ locked, phase, readOnly = false }: Partial<LiveState> & { readOnly?: boolean }): ProcessRules {
  const outer = useProcessRules();
  return useMemo(() => {
    const joined = rules(outer.slug, outer.process, outer.viewer, outer.known, { locked: locked ?? outer.locked, phase: phase === undefined ? outer.phase : phase });
    return readOnly ? { ...joined, can: () => false, heldByPhase: () => false } : joined;
  }, [outer, locked, phase, readOnly]);
}

/** Gives the components inside rules that know the live session's lock and/or phase (the map's, or the session API's). */
export function LiveRulesProvider({ locked, phase, children }: Partial<LiveState> & { children: ReactNode }) {
  return <RulesProvider value={useLiveRules({ locked, phase })}>{children}</RulesProvider>;
}

/** Rules a component already joined with `useLiveRules`, for the components inside it. */
export function RulesProvider({ value, children }: { value: ProcessRules; children: ReactNode }) {
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useProcessRules(): ProcessRules {
  const value = useContext(Context);
  if (!value) throw new Error('useProcessRules needs a ProcessProvider (app/p/[slug]/layout.tsx)');
  return value;
}

/** A published, visible item owned by `authorId`: the target of reactions and own edits. */
export const visibleItem = (authorId: string | null, hidden = false): TargetState => ({ authorId, hidden, published: true });
