'use client';

// What the person may do in this process, asked of lib/policy exactly as the server asks it, so
// the page offers only what the server would accept.
import { createContext, useContext, useMemo, type ReactNode } from 'react';

import { allowed, type ProcessState, type TargetState } from '@/lib/policy/decide';
import type { Action } from '@/lib/policy/roles';
import type { Viewer } from '@/lib/policy/subject';

export type ProcessRules = {
  slug: string;
  process: ProcessState;
  viewer: Viewer;
  /** The facilitator has locked the shared map (the Y.Doc's `session.locked`). */
  locked: boolean;
  can: (action: Action, target?: TargetState) => boolean;
};

const Context = createContext<ProcessRules | null>(null);

function rules(slug: string, process: ProcessState, viewer: Viewer, locked: boolean): ProcessRules {
  return { slug, process, viewer, locked, can: (action, target) => allowed(viewer, action, { process, map: { locked }, target }) };
}

export function ProcessProvider({ slug, process, viewer, children }: { slug: string; process: ProcessState; viewer: Viewer; children: ReactNode }) {
  const value = useMemo(() => rules(slug, process, viewer, false), [slug, process, viewer]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/** Inside the map workspace, the map's live lock joins the rules. */
export function MapLockProvider({ locked, children }: { locked: boolean; children: ReactNode }) {
  const outer = useProcessRules();
  const value = useMemo(() => rules(outer.slug, outer.process, outer.viewer, locked), [outer, locked]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useProcessRules(): ProcessRules {
  const value = useContext(Context);
  if (!value) throw new Error('useProcessRules needs a ProcessProvider (app/p/[slug]/layout.tsx)');
  return value;
}

/** A published, visible item owned by `authorId`: the target of reactions and own edits. */
export const visibleItem = (authorId: string | null, hidden = false): TargetState => ({ authorId, hidden, published: true });
