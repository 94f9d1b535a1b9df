import { describe, expect, it, vi } from 'vitest';

import { CLOSE_GONE } from '@/lib/collab/close-codes';
import type { Subject } from '@/lib/policy/subject';

import { applyChange } from './apply-change';
import type { Connection } from './connection';
import type { Room } from './room';
import { person } from './testing/in-process';

function fakeRoom(processId: string, actors: (Subject | string)[]) {
  const connections = new Set<Connection>(
    actors.map((actor) => (typeof actor === 'string' ? { actor: null, id: actor } : { actor, id: actor.id })).map((who) => ({ ...who, send: () => undefined, close: () => undefined })),
  );
  const room = {
    name: `process:${processId}`,
    processId,
    rules: { bounds: [0, 0, 1, 1], process: { id: processId, status: 'open' } },
    connections,
    dismiss: vi.fn(),
    updateActor: vi.fn(),
    anonymize: vi.fn(async () => undefined),
  };
  return room as typeof room & Room;
}

const sam = person('sam', 'Sam', 'citizen');
const rulesFor = (processId: string, status: 'closed' | 'draft') => ({ bounds: [0, 0, 1, 1] as [number, number, number, number], process: { id: processId, status } });

describe('applying a watched change', () => {
  it('cuts off a blocked or deleted person for good, with the reason', () => {
    const room = fakeRoom('p1', [sam]);
    applyChange([room], { type: 'account', subject: { ...sam, blocked: true } }, () => undefined);
    expect(room.dismiss).toHaveBeenCalledWith('sam', CLOSE_GONE, expect.stringMatching(/^blocked:/));
    applyChange([room], { type: 'account', subject: { ...sam, deleted: true } }, () => undefined);
    expect(room.dismiss).toHaveBeenLastCalledWith('sam', CLOSE_GONE, expect.stringMatching(/^account_deleted:/));
    expect(room.anonymize).toHaveBeenCalledWith('sam');
  });

  it('gives a person their new role, and a guest whose session ended no access', () => {
    const room = fakeRoom('p1', [sam]);
    applyChange([room], { type: 'account', subject: { ...sam, role: 'facilitator' } }, () => undefined);
    expect(room.updateActor).toHaveBeenCalledWith({ ...sam, role: 'facilitator' });
    applyChange([room], { type: 'account', subject: { ...sam, role: 'guest', guestOf: { sessionId: 's', processId: 'p1', ended: true } } }, () => undefined);
    expect(room.dismiss).toHaveBeenCalledWith('sam', CLOSE_GONE, expect.stringMatching(/^session_ended:/));
  });

  it('cuts a person removed from a live session off that process’s room only', () => {
    const [p1, p2] = [fakeRoom('p1', [sam]), fakeRoom('p2', [sam])];
    applyChange([p1, p2], { type: 'account', subject: { ...sam, removedFrom: ['p1'] } }, () => undefined);
    expect(p1.dismiss).toHaveBeenCalledWith('sam', CLOSE_GONE, expect.stringMatching(/^removed_from_session:/));
    expect(p2.dismiss).not.toHaveBeenCalled();
    expect(p2.updateActor).toHaveBeenCalled();
  });

  it('closes a process’s room to edits, and keeps only staff in a draft', () => {
    const room = fakeRoom('p1', [sam, person('fran', 'Fran', 'facilitator'), 'visitor:1']);
    const other = fakeRoom('p2', [person('kim', 'Kim', 'citizen')]);
    applyChange([room, other], { type: 'process', processId: 'p1', status: 'closed', rules: rulesFor('p1', 'closed') }, () => undefined);
    expect(room.rules.process.status).toBe('closed');
    expect(other.rules.process.status).toBe('open');
    expect(room.dismiss).not.toHaveBeenCalled();
    applyChange([room], { type: 'process', processId: 'p1', status: 'draft', rules: rulesFor('p1', 'draft') }, () => undefined);
    expect(room.dismiss.mock.calls.map(([id]) => id).sort()).toEqual(['sam', 'visitor:1']);
  });

  it('hands moderation to the room of that process only', () => {
    const [p1, p2] = [fakeRoom('p1', []), fakeRoom('p2', [])];
    const moderated: Room[] = [];
    applyChange([p1, p2], { type: 'moderation', processId: 'p2' }, (room) => moderated.push(room));
    expect(moderated).toEqual([p2]);
  });
});
