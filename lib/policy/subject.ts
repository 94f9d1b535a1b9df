// Who is asking, as the policy sees them: read from the database on every check, never from a token.
import { z } from '@/lib/zod';

import { ROLES } from './roles';

/** The same shape where it crosses the wire (`GET /api/me` reads it back in the browser). */
export const subjectSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  blocked: z.boolean(),
  deleted: z.boolean(),
  /** Guests only: the live session they joined, its process, and whether it has ended. */
  guestOf: z.object({ sessionId: z.string(), processId: z.string(), ended: z.boolean() }).nullable(),
  /** Processes whose running (not ended) live session a facilitator removed this person from. */
  removedFrom: z.array(z.string()).readonly().optional(),
});

export type Subject = z.infer<typeof subjectSchema>;

/** A signed-out visitor is `null`: they may read what is public and do nothing else. */
export type Viewer = Subject | null;
