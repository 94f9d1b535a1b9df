// The live session's state in the shared document (doc.getMap('session')): only facilitators write
// it (the collab guard checks every key against these schemas), everyone's map follows it.
import type * as Y from 'yjs';
import { z } from '@/lib/zod';

import { wellFormedText } from '@/lib/schemas/text';

import { PHASE_ID } from './phases';

const longitude = z.number().finite().min(-180).max(180);
const latitude = z.number().finite().min(-90).max(90);

/** The facilitator's view that participants follow ("follow me"). */
export const followSchema = z.strictObject({
  center: z.tuple([longitude, latitude]),
  zoom: z.number().finite().min(0).max(24),
  bearing: z.number().finite().min(-360).max(360),
  pitch: z.number().finite().min(0).max(85),
});
export type Follow = z.infer<typeof followSchema>;

/** What every map flies to and opens: a mark, a proposal, or a feature of a data layer. */
export const spotlightSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('mark'), id: wellFormedText().regex(/^[A-Za-z0-9_-]{1,64}$/) }),
  z.strictObject({ type: z.literal('proposal'), id: wellFormedText().regex(/^[A-Za-z0-9_-]{1,64}$/) }),
  z.strictObject({ type: z.literal('feature'), id: wellFormedText().min(1).max(64), layerId: wellFormedText().regex(/^[A-Za-z0-9_-]{1,64}$/) }),
]);
export type Spotlight = z.infer<typeof spotlightSchema>;

/** The dot-vote round running now, as everyone's screen needs it (the votes themselves live in the database). */
export const roundStateSchema = z.strictObject({
  id: wellFormedText().regex(/^[A-Za-z0-9_-]{1,64}$/),
  endsAt: z.number().int().nonnegative().nullable(),
  status: z.enum(['open', 'closed', 'revealed']),
  liveResults: z.boolean(),
});
export type RoundState = z.infer<typeof roundStateSchema>;

/** Every key the session map may hold and what each may hold; anything else is refused. */
export const SESSION_KEYS = {
  /** The live session this state belongs to (null when none runs). */
  sessionId: wellFormedText().regex(/^[A-Za-z0-9_-]{1,64}$/).nullable(),
  phase: wellFormedText().regex(PHASE_ID).nullable(),
  locked: z.boolean(),
  privateMode: z.boolean(),
  /** Epoch milliseconds, or null when no timer runs. */
  timerEndsAt: z.number().int().nonnegative().nullable(),
  follow: followSchema.nullable(),
  spotlight: spotlightSchema.nullable(),
  round: roundStateSchema.nullable(),
} as const;
export type SessionKey = keyof typeof SESSION_KEYS;

export type SessionState = { [K in SessionKey]: z.infer<(typeof SESSION_KEYS)[K]> };

export const EMPTY_SESSION_STATE: SessionState = {
  sessionId: null,
  phase: null,
  locked: false,
  privateMode: false,
  timerEndsAt: null,
  follow: null,
  spotlight: null,
  round: null,
};

export const isSessionKey = (key: string): key is SessionKey => Object.hasOwn(SESSION_KEYS, key);

/** Is this a value the key may hold? The collab guard asks it for every key an update touches. */
export function validSessionValue(key: string, value: unknown): boolean {
  return isSessionKey(key) && SESSION_KEYS[key].safeParse(value).success;
}

/** How a facilitator's screen writes the session: the keys that change, in one transaction. */
export function writeSessionState(doc: Y.Doc, patch: Partial<SessionState>): void {
  const map = doc.getMap('session');
  doc.transact(() => {
    for (const [key, value] of Object.entries(patch)) if (map.get(key) !== value) map.set(key, value);
  });
}

/** The session state as the document holds it; a missing or malformed key reads as its empty value. */
export function readSessionState(map: Pick<Y.Map<unknown>, 'get'>): SessionState {
  const state = { ...EMPTY_SESSION_STATE } as Record<SessionKey, unknown>;
  for (const key of Object.keys(SESSION_KEYS) as SessionKey[]) {
    const parsed = SESSION_KEYS[key].safeParse(map.get(key));
    if (parsed.success) state[key] = parsed.data;
  }
  return state as SessionState;
}
