// Dot-vote rounds as both sides see them: what a facilitator sends to open one, what a participant
// sends to place a dot, what the server answers, and the budget rule the database enforces (the
// browser asks the same rule to say how many dots are left and to offer only what will be taken).
import { z } from '@/lib/zod';

import { wellFormedText } from '@/lib/schemas/text';

export const DOT_ITEM_TYPES = ['mark', 'proposal', 'feature'] as const;
export type DotItemType = (typeof DOT_ITEM_TYPES)[number];
export const ROUND_STATUSES = ['open', 'closed', 'revealed'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

export const DOTS_MAX = 20;
export const ROUND_SECONDS_MAX = 3600;

export const roundInputSchema = z
  .strictObject({
    dots: z.number().int().min(1).max(DOTS_MAX),
    perItemMax: z.number().int().min(1).max(DOTS_MAX),
    durationSeconds: z.number().int().min(10).max(ROUND_SECONDS_MAX).nullable().optional(),
    liveResults: z.boolean().optional(),
  })
  .refine((round) => round.perItemMax <= round.dots, { message: 'tooLarge', path: ['perItemMax'] });
export type RoundInput = z.infer<typeof roundInputSchema>;

const itemId = wellFormedText().min(1).max(64);
const layerId = wellFormedText().regex(/^[A-Za-z0-9_-]{1,64}$/);

export const dotInputSchema = z.discriminatedUnion('itemType', [
  z.strictObject({ itemType: z.literal('mark'), itemId }),
  z.strictObject({ itemType: z.literal('proposal'), itemId }),
  z.strictObject({ itemType: z.literal('feature'), itemId, layerId }),
]);
export type DotInput = z.infer<typeof dotInputSchema>;

/** One item of a round: a feature is known by its layer and id, marks and proposals by id alone. */
export type DotItem = { itemType: DotItemType; itemId: string; layerId?: string };

export const itemKey = (item: DotItem) => `${item.itemType}:${item.layerId ?? ''}:${item.itemId}`;
export const sameItem = (a: DotItem, b: DotItem) => itemKey(a) === itemKey(b);

export type RoundView = {
  id: string;
  sessionId: string;
  dots: number;
  perItemMax: number;
  /** Epoch ms, or null when it runs until closed. */
  endsAt: number | null;
  liveResults: boolean;
  status: RoundStatus;
  /** Dots placed so far by everyone (a count only: which items they are on stays hidden until allowed). */
  total: number;
  createdAt: number;
};

export type DotResult = DotItem & { dots: number };
/**
 * A revealed item with where it lies (for the heat map), null when the server knows no place for it,
 * and the name it had then (a mark's text, a proposal's title, a feature's name; older snapshots have none).
 */
export type RevealedResult = DotResult & { position: [number, number] | null; label?: string };
export type MyDot = DotItem & { id: string };

export type RoundAnswer = { round: RoundView; mine: { left: number; votes: MyDot[] }; results: (DotResult | RevealedResult)[] | null };

/** What a round's signal carries on the process's event stream: the latest total, and the changed items' counts when results are shown. */
export type DotSignal = { round: RoundView; items?: DotResult[] };

/** An open round stops taking dots at its end even before anyone closes it. */
export function effectiveStatus(round: Pick<RoundView, 'status' | 'endsAt'>, now = Date.now()): RoundStatus {
  return round.status === 'open' && round.endsAt !== null && round.endsAt <= now ? 'closed' : round.status;
}

export type DotRefusal = 'round_closed' | 'no_dots_left' | 'dots_item_max';

/** The budget: may one more dot go on this item? The database's trigger says the same (prisma/migrations, Dot_budget). */
export function dotRefusal(round: Pick<RoundView, 'status' | 'endsAt' | 'dots' | 'perItemMax'>, mine: readonly DotItem[], item: DotItem, now = Date.now()): DotRefusal | null {
  if (effectiveStatus(round, now) !== 'open') return 'round_closed';
  if (mine.length >= round.dots) return 'no_dots_left';
  if (mine.filter((dot) => sameItem(dot, item)).length >= round.perItemMax) return 'dots_item_max';
  return null;
}

export const dotsLeft = (round: Pick<RoundView, 'dots'>, mine: readonly unknown[]) => Math.max(0, round.dots - mine.length);

/** Ranking: most dots first; ties keep a stable order by item. */
export function rankResults<T extends DotResult>(results: readonly T[]): T[] {
  return [...results].sort((a, b) => b.dots - a.dots || itemKey(a).localeCompare(itemKey(b)));
}
