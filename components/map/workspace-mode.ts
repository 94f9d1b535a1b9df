// The map workspace's modes as one state machine (after tldraw's tool states): each mode says what
// a click on the map does and which panel is open, and each event lists the modes it may leave.
// An event that does not apply to the current mode leaves the state as it is.
import type { AnnotationKind } from '@/lib/collab/annotation';
import type { Geometry } from '@/lib/geo/geometry';

import type { PickedFeature } from './feature-inspector';

export type Tool = 'select' | AnnotationKind;
/** A data-layer feature a new mark is about. */
export type MarkAbout = { layerId: string; featureId: string; name: string };
export type NewShape = { kind: AnnotationKind; geometry: Geometry; about?: MarkAbout };

export type Mode =
  /** Looking around: a click selects a mark or inspects a feature. */
  | { name: 'browsing' }
  /** A drawing tool is chosen: clicks place corners (or the point). */
  | { name: 'drawing'; tool: AnnotationKind }
  /** A finished shape lies on the map with its form open; its corners can still be dragged. */
  | { name: 'placing'; shape: NewShape }
  /** A mark's card is open. */
  | { name: 'selected'; id: string }
  /** The mark's text and category are being edited. */
  | { name: 'editing'; id: string }
  /** The mark's corners are being dragged; `geometry` is the unsaved shape. */
  | { name: 'reshaping'; id: string; geometry: Geometry }
  /** A data-layer feature's attributes are shown. */
  | { name: 'inspecting'; feature: PickedFeature };

export type WorkspaceState = {
  mode: Mode;
  /** What went wrong last, in the person's words (a message key's text); cleared by the next step. */
  problem: string | null;
  /** May this person draw and change marks right now (signed in, process open, map not locked)? */
  mayDraw: boolean;
};

export type WorkspaceEvent =
  | { type: 'toolChosen'; tool: Tool }
  | { type: 'shapeFinished'; shape: NewShape }
  | { type: 'shapeRefused'; problem: string }
  | { type: 'shapeMoved'; geometry: Geometry }
  | { type: 'markCreated'; id: string }
  | { type: 'cancelled' }
  /** From the map only while it picks on click; from the list also while drawing or editing (which it ends). */
  | { type: 'markSelected'; id: string; from: 'map' | 'list' }
  | { type: 'markClosed' }
  | { type: 'markGone'; id: string }
  | { type: 'editStarted' }
  | { type: 'editFinished' }
  | { type: 'reshapeStarted'; geometry: Geometry }
  | { type: 'reshapeFinished' }
  | { type: 'featurePicked'; feature: PickedFeature | null }
  | { type: 'featureMarkStarted'; shape: NewShape }
  | { type: 'problemFound'; problem: string }
  | { type: 'problemDismissed' }
  | { type: 'rightsChanged'; mayDraw: boolean };

export const initialWorkspace = (mayDraw: boolean): WorkspaceState => ({ mode: { name: 'browsing' }, problem: null, mayDraw });

const BROWSING: Mode = { name: 'browsing' };
const to = (state: WorkspaceState, mode: Mode, problem: string | null = null): WorkspaceState => ({ ...state, mode, problem });

/** The mark whose card (or form) is open, if any. */
export function selectedIdOf(mode: Mode): string | null {
  return mode.name === 'selected' || mode.name === 'editing' || mode.name === 'reshaping' ? mode.id : null;
}

/** The drawing toolbar's pressed tool. */
export const toolOf = (mode: Mode): Tool => (mode.name === 'drawing' ? mode.tool : 'select');

/** Clicks on the map pick marks, proposals and features only while nothing is being drawn or shaped. */
export const picksOnClick = (mode: Mode) => mode.name === 'browsing' || mode.name === 'selected' || mode.name === 'inspecting';

/** Modes in which this person is changing the shared map; they end when the right to do so ends. */
const CHANGING: ReadonlySet<Mode['name']> = new Set(['drawing', 'placing', 'editing', 'reshaping']);

export function workspaceReducer(state: WorkspaceState, event: WorkspaceEvent): WorkspaceState {
  const { mode } = state;
  switch (event.type) {
    case 'toolChosen':
      if (event.tool === 'select') return to(state, mode.name === 'drawing' || mode.name === 'placing' ? BROWSING : mode);
      if (!state.mayDraw || mode.name === 'editing' || mode.name === 'reshaping') return state;
      return to(state, { name: 'drawing', tool: event.tool });
    case 'shapeFinished':
      return mode.name === 'drawing' ? to(state, { name: 'placing', shape: event.shape }) : state;
    case 'shapeRefused':
      return mode.name === 'drawing' || mode.name === 'placing' || mode.name === 'reshaping' ? { ...state, problem: event.problem } : state;
    case 'shapeMoved':
      if (mode.name === 'placing') return { ...state, mode: { ...mode, shape: { ...mode.shape, geometry: event.geometry } } };
      if (mode.name === 'reshaping') return { ...state, mode: { ...mode, geometry: event.geometry } };
      return state;
    case 'markCreated':
      return mode.name === 'placing' ? to(state, { name: 'selected', id: event.id }) : state;
    case 'cancelled':
      if (mode.name === 'drawing' || mode.name === 'placing') return to(state, BROWSING);
      if (mode.name === 'editing' || mode.name === 'reshaping') return to(state, { name: 'selected', id: mode.id });
      return to(state, mode);
    case 'markSelected':
      if (mode.name === 'placing' || (event.from === 'map' && !picksOnClick(mode))) return state;
      return to(state, { name: 'selected', id: event.id });
    case 'markClosed':
      return selectedIdOf(mode) ? to(state, BROWSING) : state;
    case 'markGone':
      return selectedIdOf(mode) === event.id ? to(state, BROWSING) : state;
    case 'editStarted':
      return mode.name === 'selected' && state.mayDraw ? to(state, { name: 'editing', id: mode.id }) : state;
    case 'editFinished':
      return mode.name === 'editing' ? to(state, { name: 'selected', id: mode.id }) : state;
    case 'reshapeStarted':
      return mode.name === 'selected' && state.mayDraw ? to(state, { name: 'reshaping', id: mode.id, geometry: event.geometry }) : state;
    case 'reshapeFinished':
      return mode.name === 'reshaping' ? to(state, { name: 'selected', id: mode.id }) : state;
    case 'featurePicked':
      if (!picksOnClick(mode)) return state;
      if (event.feature) return to(state, { name: 'inspecting', feature: event.feature });
      return mode.name === 'inspecting' ? to(state, BROWSING) : state;
    case 'featureMarkStarted':
      return mode.name === 'inspecting' && state.mayDraw ? to(state, { name: 'placing', shape: event.shape }) : state;
    case 'problemFound':
      return { ...state, problem: event.problem };
    case 'problemDismissed':
      return { ...state, problem: null };
    case 'rightsChanged': {
      if (event.mayDraw === state.mayDraw) return state;
      const next = { ...state, mayDraw: event.mayDraw };
      if (event.mayDraw || !CHANGING.has(mode.name)) return next;
      const id = selectedIdOf(mode);
      return to(next, id ? { name: 'selected', id } : BROWSING);
    }
  }
}
