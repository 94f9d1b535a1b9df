// Who is asking, as the policy sees them: read from the database on every check, never from a token.
import type { Role } from './roles';

export type Subject = {
  id: string;
  name: string;
  role: Role;
  blocked: boolean;
  deleted: boolean;
  /** Guests only: the live session they joined, its process, and whether it has ended. */
  guestOf: { sessionId: string; processId: string; ended: boolean } | null;
  /** Processes whose running (not ended) live session a facilitator removed this person from. */
  removedFrom?: readonly string[];
};

/** A signed-out visitor is `null`: they may read what is public and do nothing else. */
export type Viewer = Subject | null;
