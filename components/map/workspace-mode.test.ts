import { describe, expect, it } from 'vitest';

import type { Geometry } from '@/lib/geo/geometry';

import type { PickedFeature } from './feature-inspector';
import { initialWorkspace, picksOnClick, selectedIdOf, toolOf, workspaceReducer, type Mode, type WorkspaceEvent, type WorkspaceState } from './workspace-mode';

const point: Geometry = { type: 'Point', coordinates: [6.1, 49.6] };
const moved: Geometry = { type: 'Point', coordinates: [6.2, 49.7] };
const feature: PickedFeature = { layerId: 'l1', featureId: 'f1', properties: { name: 'School' }, lngLat: [6.1, 49.6] };
const shape = { kind: 'point' as const, geometry: point };

const run = (start: WorkspaceState, ...events: WorkspaceEvent[]) => events.reduce(workspaceReducer, start);
const inMode = (mode: Mode, mayDraw = true): WorkspaceState => ({ mode, problem: null, mayDraw });
const MODES: Mode[] = [
  { name: 'browsing' },
  { name: 'drawing', tool: 'line' },
  { name: 'placing', shape },
  { name: 'selected', id: 'm1' },
  { name: 'editing', id: 'm1' },
  { name: 'reshaping', id: 'm1', geometry: point },
  { name: 'inspecting', feature },
];

describe('drawing a new mark', () => {
  it('goes browsing → drawing → placing → selected', () => {
    const drawn = run(initialWorkspace(true), { type: 'toolChosen', tool: 'polygon' });
    expect(drawn.mode).toEqual({ name: 'drawing', tool: 'polygon' });
    expect(toolOf(drawn.mode)).toBe('polygon');
    const placed = run(drawn, { type: 'shapeFinished', shape });
    expect(placed.mode).toEqual({ name: 'placing', shape });
    expect(run(placed, { type: 'shapeMoved', geometry: moved }).mode).toEqual({ name: 'placing', shape: { ...shape, geometry: moved } });
    expect(run(placed, { type: 'markCreated', id: 'new' }).mode).toEqual({ name: 'selected', id: 'new' });
  });

  it('keeps drawing with the problem shown when the shape is refused, and clears it on the next step', () => {
    const refused = run(initialWorkspace(true), { type: 'toolChosen', tool: 'polygon' }, { type: 'shapeRefused', problem: 'crosses itself' });
    expect(refused).toMatchObject({ mode: { name: 'drawing' }, problem: 'crosses itself' });
    expect(run(refused, { type: 'cancelled' })).toEqual(initialWorkspace(true));
  });

  it('cancelling a new shape or the drawing returns to browsing', () => {
    expect(run(inMode({ name: 'placing', shape }), { type: 'cancelled' }).mode).toEqual({ name: 'browsing' });
    expect(run(inMode({ name: 'drawing', tool: 'point' }), { type: 'toolChosen', tool: 'select' }).mode).toEqual({ name: 'browsing' });
  });

  it('offers no drawing to someone who may not draw', () => {
    const state = initialWorkspace(false);
    expect(run(state, { type: 'toolChosen', tool: 'point' })).toBe(state);
    expect(run(inMode({ name: 'selected', id: 'm1' }, false), { type: 'editStarted' }).mode.name).toBe('selected');
    expect(run(inMode({ name: 'selected', id: 'm1' }, false), { type: 'reshapeStarted', geometry: point }).mode.name).toBe('selected');
    expect(run(inMode({ name: 'inspecting', feature }, false), { type: 'featureMarkStarted', shape }).mode.name).toBe('inspecting');
  });

  it('a finished shape outside drawing is ignored', () => {
    const state = inMode({ name: 'browsing' });
    expect(run(state, { type: 'shapeFinished', shape })).toBe(state);
  });
});

describe('a selected mark', () => {
  const selected = inMode({ name: 'selected', id: 'm1' });

  it('edits its text and comes back to its card', () => {
    const editing = run(selected, { type: 'editStarted' });
    expect(editing.mode).toEqual({ name: 'editing', id: 'm1' });
    expect(run(editing, { type: 'editFinished' }).mode).toEqual({ name: 'selected', id: 'm1' });
    expect(run(editing, { type: 'cancelled' }).mode).toEqual({ name: 'selected', id: 'm1' });
  });

  it('reshapes with the unsaved shape kept in the mode', () => {
    const reshaping = run(selected, { type: 'reshapeStarted', geometry: point }, { type: 'shapeMoved', geometry: moved });
    expect(reshaping.mode).toEqual({ name: 'reshaping', id: 'm1', geometry: moved });
    expect(run(reshaping, { type: 'reshapeFinished' }).mode).toEqual({ name: 'selected', id: 'm1' });
  });

  it('closes, or goes when the mark is deleted or hidden', () => {
    expect(run(selected, { type: 'markClosed' }).mode).toEqual({ name: 'browsing' });
    expect(run(selected, { type: 'markGone', id: 'm1' }).mode).toEqual({ name: 'browsing' });
    expect(run(selected, { type: 'markGone', id: 'other' })).toBe(selected);
    expect(run(inMode({ name: 'editing', id: 'm1' }), { type: 'markGone', id: 'm1' }).mode).toEqual({ name: 'browsing' });
  });

  it('a map click picks only while nothing is drawn or shaped; the list also ends drawing and editing', () => {
    for (const mode of MODES) {
      const next = run(inMode(mode), { type: 'markSelected', id: 'm2', from: 'map' });
      expect(next.mode).toEqual(picksOnClick(mode) ? { name: 'selected', id: 'm2' } : mode);
      const fromList = run(inMode(mode), { type: 'markSelected', id: 'm2', from: 'list' });
      expect(fromList.mode).toEqual(mode.name === 'placing' ? mode : { name: 'selected', id: 'm2' });
    }
  });

  it('choosing a drawing tool is refused while editing or reshaping', () => {
    expect(run(inMode({ name: 'editing', id: 'm1' }), { type: 'toolChosen', tool: 'line' }).mode.name).toBe('editing');
    expect(run(selected, { type: 'toolChosen', tool: 'line' }).mode).toEqual({ name: 'drawing', tool: 'line' });
  });
});

describe('inspecting a feature', () => {
  it('opens on a picked feature, closes on an empty click, and starts a mark about it', () => {
    const inspecting = run(initialWorkspace(true), { type: 'featurePicked', feature });
    expect(inspecting.mode).toEqual({ name: 'inspecting', feature });
    expect(run(inspecting, { type: 'featurePicked', feature: null }).mode).toEqual({ name: 'browsing' });
    const about = { ...shape, about: { layerId: 'l1', featureId: 'f1', name: 'School' } };
    expect(run(inspecting, { type: 'featureMarkStarted', shape: about }).mode).toEqual({ name: 'placing', shape: about });
  });

  it('an empty click keeps a selected mark open', () => {
    const selected = inMode({ name: 'selected', id: 'm1' });
    expect(run(selected, { type: 'featurePicked', feature: null })).toBe(selected);
    expect(run(inMode({ name: 'drawing', tool: 'point' }), { type: 'featurePicked', feature }).mode.name).toBe('drawing');
  });
});

describe('rights change (the map is locked, the process closes)', () => {
  it('ends every mode that changes the map, keeping the mark open', () => {
    const expected: Record<Mode['name'], Mode> = {
      browsing: { name: 'browsing' },
      drawing: { name: 'browsing' },
      placing: { name: 'browsing' },
      selected: { name: 'selected', id: 'm1' },
      editing: { name: 'selected', id: 'm1' },
      reshaping: { name: 'selected', id: 'm1' },
      inspecting: { name: 'inspecting', feature },
    };
    for (const mode of MODES) {
      const next = run(inMode(mode), { type: 'rightsChanged', mayDraw: false });
      expect(next.mode).toEqual(expected[mode.name]);
      expect(next.mayDraw).toBe(false);
    }
  });

  it('gives drawing back when the map is unlocked', () => {
    const locked = initialWorkspace(false);
    expect(run(locked, { type: 'rightsChanged', mayDraw: true }, { type: 'toolChosen', tool: 'point' }).mode).toEqual({ name: 'drawing', tool: 'point' });
  });
});

describe('helpers', () => {
  it('name the selected mark and the pressed tool of each mode', () => {
    expect(MODES.map(selectedIdOf)).toEqual([null, null, null, 'm1', 'm1', 'm1', null]);
    expect(MODES.map(toolOf)).toEqual(['select', 'line', 'select', 'select', 'select', 'select', 'select']);
  });

  it('problems are found and dismissed in any mode', () => {
    for (const mode of MODES) {
      const found = run(inMode(mode), { type: 'problemFound', problem: 'x' });
      expect(found.problem).toBe('x');
      expect(run(found, { type: 'problemDismissed' }).problem).toBeNull();
    }
  });
});
