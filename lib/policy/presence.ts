// What a client may publish as its presence (Yjs awareness): only itself, under its own name, in
// one of our colours, with a pointer and a draft inside the territory, within a bounded size.
import { z } from '@/lib/zod';

import type { Bounds } from '@/lib/schemas/process';

// Okabe–Ito, readable on the light basemap; black reserved for text.
export const PRESENCE_COLORS = ['#E69F00', '#56B4E9', '#009E73', '#0072B2', '#D55E00', '#CC79A7', '#8F7A00', '#5D3A9B'] as const;
export const PRESENCE_STATE_MAX_CHARS = 4 * 1024;
export const PRESENCE_DRAFT_MAX_CORNERS = 200;

export function presenceColor(userId: string): string {
  let hash = 0;
  for (const char of userId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return PRESENCE_COLORS[hash % PRESENCE_COLORS.length];
}

const position = z.tuple([z.number().finite(), z.number().finite()]);

export const presenceStateSchema = z
  .object({
    user: z.object({ id: z.string().min(1).max(64), name: z.string().min(1).max(80), color: z.enum(PRESENCE_COLORS) }).strict(),
    cursor: position.nullable(),
    draft: z
      .object({ kind: z.enum(['point', 'line', 'polygon']), coordinates: z.array(position).max(PRESENCE_DRAFT_MAX_CORNERS) })
      .strict()
      .nullable(),
  })
  .strict();
export type PresenceState = z.infer<typeof presenceStateSchema>;

/** `forged`: presence that claims to be someone else (refused as forbidden); `invalid`: anything else wrong. */
export type PresenceVerdict = { ok: true; state: PresenceState | Record<string, never> } | { ok: false; problem: 'forged' | 'invalid'; detail: string };

const inside = ([lon, lat]: [number, number], [west, south, east, north]: Bounds) => lon >= west && lon <= east && lat >= south && lat <= north;

/**
 * Judges one client's presence state as the server received it (JSON text). An empty object is a
 * provider that has not said who it is yet; `null` (leaving) is handled by the caller.
 */
export function checkPresence(json: string, who: { id: string; name: string }, bounds: Bounds): PresenceVerdict {
  if (json.length > PRESENCE_STATE_MAX_CHARS) return { ok: false, problem: 'invalid', detail: 'the presence state is too large' };
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { ok: false, problem: 'invalid', detail: 'the presence state could not be read' };
  }
  if (raw !== null && typeof raw === 'object' && !Array.isArray(raw) && Object.keys(raw).length === 0) return { ok: true, state: {} };
  const claimed = (raw as { user?: { id?: unknown; name?: unknown } } | null)?.user;
  if (claimed && typeof claimed === 'object' && (claimed.id !== who.id || claimed.name !== who.name)) {
    return { ok: false, problem: 'forged', detail: 'presence must carry your own id and name' };
  }
  const parsed = presenceStateSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problem: 'invalid', detail: `presence ${parsed.error.issues[0]?.path.join('.') || 'state'} is not allowed` };
  const state = parsed.data;
  if (state.cursor && !inside(state.cursor, bounds)) return { ok: false, problem: 'invalid', detail: 'the pointer is outside the territory' };
  if (state.draft?.coordinates.some((corner) => !inside(corner, bounds))) return { ok: false, problem: 'invalid', detail: 'the draft is outside the territory' };
  return { ok: true, state };
}
