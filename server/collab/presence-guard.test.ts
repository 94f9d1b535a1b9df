import { describe, expect, it } from 'vitest';

import { CLOSE_FORBIDDEN, CLOSE_INVALID } from '@/lib/collab/close-codes';
import type { Bounds } from '@/lib/schemas/process';

import type { Connection } from './connection';
import { PresenceGuard } from './presence-guard';
import { encodeAwarenessEntries } from './protocol';
import { person } from './testing/in-process';

const bounds: Bounds = [-0.12, 51.5, -0.08, 51.53];
const connection = (actor: Connection['actor'], id = actor?.id ?? 'visitor:1'): Connection => ({ actor, id, send: () => undefined, close: () => undefined });
const sam = connection(person('sam', 'Sam', 'citizen'));
const kim = connection(person('kim', 'Kim', 'citizen'));
const visitor = connection(null);
const own = (who: Connection, patch: Record<string, unknown> = {}) => ({ user: { id: who.id, name: who.actor?.name ?? 'visitor', color: '#E69F00' }, cursor: null, draft: null, ...patch });
const update = (clientId: number, clock: number, state: unknown) => encodeAwarenessEntries([{ clientId, clock, state }]);

function setup() {
  const clocks = new Map<number, number>();
  const guard = new PresenceGuard((clientId) => clocks.get(clientId) ?? 0);
  const judge = (who: Connection, clientId: number, clock: number, state: unknown) => {
    const verdict = guard.judge(who, update(clientId, clock, state), bounds);
    if (verdict.ok) for (const entry of verdict.accepted) clocks.set(entry.clientId, entry.clock);
    return verdict;
  };
  return { guard, judge };
}

describe('presence guard', () => {
  it('refuses a message with more entries than its limit, and more presences of one’s own than one connection may keep', () => {
    const guard = new PresenceGuard(() => 0, { presenceEntriesPerMessage: 3, presenceClientsPerConnection: 2 });
    const entries = (ids: number[]) => encodeAwarenessEntries(ids.map((clientId) => ({ clientId, clock: 1, state: own(sam) })));
    expect(guard.judge(sam, entries([1, 2, 3, 4]), bounds)).toMatchObject({ ok: false, code: CLOSE_INVALID, reason: expect.stringMatching(/^presence: 4 presence entries/) });
    expect(guard.judge(sam, entries([1, 2]), bounds)).toMatchObject({ ok: true });
    expect(guard.judge(sam, entries([3]), bounds)).toMatchObject({ ok: false, code: CLOSE_INVALID });
  });

  it('accepts a person’s own presence, with a pointer and a draft inside the territory', () => {
    const { judge } = setup();
    expect(judge(sam, 1, 1, {})).toMatchObject({ ok: true });
    expect(judge(sam, 1, 2, own(sam, { cursor: [-0.1, 51.51], draft: { kind: 'line', coordinates: [[-0.1, 51.51], [-0.09, 51.52]] } }))).toMatchObject({ ok: true, accepted: [{ clientId: 1 }] });
    expect(judge(sam, 1, 3, null)).toMatchObject({ ok: true, accepted: [{ clientId: 1, state: null }] });
  });

  it('tolerates an echo of someone else’s presence, and refuses a newer state in their client id', () => {
    const { judge } = setup();
    judge(sam, 1, 5, own(sam));
    expect(judge(kim, 1, 5, own(sam))).toEqual({ ok: true, accepted: [] });
    expect(judge(kim, 1, 6, own(kim))).toMatchObject({ ok: false, code: CLOSE_FORBIDDEN });
  });

  it.each([
    ['another person’s id', { user: { id: 'kim', name: 'Sam', color: '#E69F00' } }],
    ['another name', { user: { id: 'sam', name: 'Fran Keller (facilitator)', color: '#E69F00' } }],
  ])('refuses presence under %s as forbidden', (_label, patch) => {
    expect(setup().judge(sam, 1, 1, own(sam, patch))).toMatchObject({ ok: false, code: CLOSE_FORBIDDEN });
  });

  it.each([
    ['a colour that is not ours', { user: { id: 'sam', name: 'Sam', color: 'url(https://evil.example/x.png)' } }],
    ['a huge state', { padding: 'x'.repeat(10_000) }],
    ['a pointer outside the territory', { cursor: [2.35, 48.85] }],
    ['a draft outside the territory', { draft: { kind: 'point', coordinates: [[2.35, 48.85]] } }],
    ['unknown fields', { onclick: 'alert(1)' }],
  ])('refuses %s as invalid', (_label, patch) => {
    expect(setup().judge(sam, 1, 1, own(sam, patch))).toMatchObject({ ok: false, code: CLOSE_INVALID });
  });

  it('refuses unreadable or oversized messages', () => {
    const { guard } = setup();
    expect(guard.judge(sam, new Uint8Array([5, 1, 1]), bounds)).toMatchObject({ ok: false, code: CLOSE_INVALID });
    expect(guard.judge(sam, new Uint8Array(1024 * 1024 + 1), bounds)).toMatchObject({ ok: false, code: CLOSE_INVALID });
  });

  it('lets visitors be present without saying anything, and refuses anything they publish', () => {
    const { judge } = setup();
    expect(judge(visitor, 9, 1, {})).toMatchObject({ ok: true });
    expect(judge(visitor, 9, 2, own(visitor))).toMatchObject({ ok: false, code: CLOSE_FORBIDDEN });
  });

  it('releases a connection’s client ids when it leaves', () => {
    const { guard, judge } = setup();
    judge(sam, 1, 1, own(sam));
    expect(guard.forget(sam)).toEqual([1]);
    expect(judge(kim, 1, 2, own(kim))).toMatchObject({ ok: true });
  });
});
