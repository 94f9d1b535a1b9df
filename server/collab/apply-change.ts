// What a change seen by the account watch means for the rooms, as lib/policy decides it: a person
// who may no longer act is cut off for good, one whose role changed is judged by the new role from
// their next message, a closed process takes no more edits, a draft keeps only staff.
import { CLOSE_GONE, goneReasonFor } from '@/lib/collab/close-codes';
import { mayEnter, mayOpenProcess, standing } from '@/lib/policy/decide';

import type { WatchedChange } from './account-watch';
import type { Room } from './room';
import { log } from '@/server/log/log';

/** Applies one change to the loaded rooms; moderation changes are answered by `onModeration`. */
export function applyChange(rooms: Iterable<Room>, change: WatchedChange, onModeration: (room: Room) => void): void {
  for (const room of rooms) {
    switch (change.type) {
      case 'account': {
        const { subject } = change;
        const verdict = standing(subject);
        if (!verdict.ok) {
          room.dismiss(subject.id, CLOSE_GONE, `${goneReasonFor(verdict.code)}: ${verdict.code}`);
          if (subject.deleted) void room.anonymize(subject.id).catch((error) => log.error("could not rename a former participant's marks", { room: room.name, userId: subject.id, error }));
          break;
        }
        // Removed from the process's live session, say: out of this room only.
        const entry = mayEnter(subject, room.rules.process);
        if (!entry.ok) room.dismiss(subject.id, CLOSE_GONE, `${goneReasonFor(entry.code)}: ${entry.code}`);
        else room.updateActor(subject);
        break;
      }
      case 'process': {
        if (room.processId !== change.processId) break;
        room.rules = change.rules;
        const process = { id: change.processId, status: change.status };
        for (const connection of [...room.connections]) {
          if (!mayOpenProcess(connection.actor, process)) room.dismiss(connection.id, CLOSE_GONE, 'removed: this process is no longer public');
        }
        break;
      }
      case 'moderation':
        if (room.processId === change.processId) onModeration(room);
        break;
    }
  }
}
