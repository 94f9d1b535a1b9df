// The refusals the database's triggers raise on DotRound and Dot (prisma/migrations, *_dot_votes_private_marks).
// Prisma's SQLite adapter reports a trigger's RAISE as a foreign-key violation and keeps SQLite's own
// message deeper in the error (its driver error's `originalMessage`): that is where the reason is read.
const REFUSALS = ['round_closed', 'no_dots_left', 'dots_item_max', 'round_already_open'] as const;
export type TriggerRefusal = (typeof REFUSALS)[number];

function messagesOf(value: unknown, depth = 0): string[] {
  if (typeof value === 'string') return [value];
  if (!value || typeof value !== 'object' || depth > 4) return [];
  const record = value as Record<string, unknown>;
  return ['message', 'originalMessage', 'cause', 'meta', 'driverAdapterError'].flatMap((key) => messagesOf(record[key], depth + 1));
}

/** The trigger's refusal behind a failed write, or null when the write failed for another reason. */
export function databaseRefusal(error: unknown): TriggerRefusal | null {
  const text = messagesOf(error).join(' ');
  return REFUSALS.find((code) => text.includes(code)) ?? null;
}
