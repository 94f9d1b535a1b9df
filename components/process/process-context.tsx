'use client';

// What the person may do in this process, asked of lib/policy exactly as the server asks it, so
// the page offers only what the server would accept.
import { createContext, useContext, useMemo, type ReactNode } from 'react';

import { allowed, type ProcessState, type TargetState } from '@/lib/policy/decide';
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
  can: (action: Action, target?: TargetState) => boolean;
};

const Context = createContext<ProcessRules | null>(null);

function rules(slug: string, process: ProcessState, viewer: Viewer, known: boolean, locked: boolean): ProcessRules {
  return { slug, process, viewer, known, locked, can: (action, target) => allowed(viewer, action, { process, map: { locked }, target }) };
}

type ProviderProps = { slug: string; process: ProcessState; viewer: Viewer; later?: boolean; children: ReactNode };

/** `later`: the page was rendered for no one in particular (server/web/anonymous-page-cache.ts); the viewer is read once loaded. */
export function ProcessProvider({ slug, process, viewer: rendered, later = false, children }: ProviderProps) {
  const person = useDeferredPerson(later);
  const viewer = later ? (person?.viewer ?? null) : rendered;
  const known = !later || person !== undefined;
  const value = useMemo(() => rules(slug, process, viewer, known, false), [slug, process, viewer, known]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/** Inside the map workspace, the map's live lock joins the rules. */
export function MapLockProvider({ locked, children }: { locked: boolean; children: ReactNode }) {
  const outer = useProcessRules();
  const value = useMemo(() => rules(outer.slug, outer.process, outer.viewer, outer.known, locked), [outer, locked]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useProcessRules(): ProcessRules {
  const value = useContext(Context);
  if (!value) throw new Error('useProcessRules needs a ProcessProvider (app/p/[slug]/layout.tsx)');
  return value;
}

/** A published, visible item owned by `authorId`: the target of reactions and own edits. */
export const visibleItem = (authorId: string | null, hidden = false): TargetState => ({ authorId, hidden, published: true });
