import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';

import { agendaSchema, findPhase, phaseAllows } from './phases';
import { EMPTY_SESSION_STATE, readSessionState, validSessionValue } from './session-state';

describe('the session map', () => {
  it('reads what a facilitator wrote and treats anything malformed as empty', () => {
    const doc = new Y.Doc();
    const map = doc.getMap('session');
    map.set('phase', 'vote');
    map.set('locked', 'yes');
    map.set('follow', { center: [-0.1, 51.5], zoom: 14, bearing: 0, pitch: 0 });
    expect(readSessionState(map)).toEqual({ ...EMPTY_SESSION_STATE, phase: 'vote', follow: { center: [-0.1, 51.5], zoom: 14, bearing: 0, pitch: 0 } });
  });

  it('refuses unknown keys and values of the wrong shape', () => {
    expect(validSessionValue('locked', true)).toBe(true);
    expect(validSessionValue('admin', true)).toBe(false);
    expect(validSessionValue('timerEndsAt', -5)).toBe(false);
    expect(validSessionValue('spotlight', { type: 'feature', id: 'f1' })).toBe(false);
    expect(validSessionValue('spotlight', { type: 'feature', id: 'f1', layerId: 'flood' })).toBe(true);
    expect(validSessionValue('follow', { center: [200, 0], zoom: 3, bearing: 0, pitch: 0 })).toBe(false);
  });
});

describe('phases', () => {
  it('allow only what they list, and no phase restricts nothing', () => {
    const agenda = agendaSchema.parse([
      { id: 'explore', title: 'Explore' },
      { id: 'vote', title: 'Vote', allows: ['dots'] },
    ]);
    expect(phaseAllows(findPhase(agenda, 'explore'), 'marks')).toBe(false);
    expect(phaseAllows(findPhase(agenda, 'vote'), 'dots')).toBe(true);
    expect(phaseAllows(findPhase(agenda, 'missing'), 'marks')).toBe(true);
  });

  it('refuse an agenda with two phases of the same id or a blank title', () => {
    expect(agendaSchema.safeParse([{ id: 'a', title: 'A' }, { id: 'a', title: 'B' }]).success).toBe(false);
    expect(agendaSchema.safeParse([{ id: 'a', title: '   ' }]).success).toBe(false);
  });
});
