// Inputs of proposals, comments, votes and moderation, shared by forms and route handlers.
// Messages name the problem; lib/errors/input-problem.ts turns them into the `{ field, problem }` of invalid_input.
import { z } from '@/lib/zod';

import { wellFormedText } from '@/lib/schemas/text';

import { geometrySchema } from '@/lib/geo/geometry';
import { PROPOSAL_STATUSES } from '@/lib/participation/proposal-lifecycle';

export const TITLE_MAX = 150;
export const BODY_MAX = 10_000;
export const COMMENT_MAX = 5_000;
export const REASON_MAX = 500;

const text = (max: number, tooLong: string) =>
  z
    .string()
    .max(max * 2, tooLong)
    .transform((value) => value.replace(/\r\n/g, '\n').trim())
    .pipe(wellFormedText().min(1, 'empty').max(max, tooLong));

export const proposalInputSchema = z.strictObject({
  title: text(TITLE_MAX, 'titleTooLong'),
  body: text(BODY_MAX, 'bodyTooLong'),
  category: wellFormedText().regex(/^[a-z][a-z0-9-]{0,31}$/, 'categoryInvalid'),
  geometry: geometrySchema.nullable().optional(),
  /** The map mark this proposal was made from. */
  sourceMark: wellFormedText().min(1).max(64).optional(),
  publish: z.boolean().default(false),
});
export type ProposalInput = z.infer<typeof proposalInputSchema>;

/** What its author may change in a proposal: its words and its category, not its place. */
export const proposalEditSchema = proposalInputSchema.pick({ title: true, body: true, category: true });

export const statusChangeSchema = z.strictObject({
  status: z.enum(PROPOSAL_STATUSES),
  answer: text(BODY_MAX, 'bodyTooLong'),
  /** The layers shown with the answer on the outcomes page; absent: the process's default layers. */
  layerIds: z.array(wellFormedText().min(1).max(64)).max(100).optional(),
});

export const TARGET_TYPES = ['proposal', 'annotation', 'comment'] as const;
export const targetTypeSchema = z.enum(TARGET_TYPES);

export const commentInputSchema = z.strictObject({
  targetType: z.enum(['proposal', 'annotation']),
  targetId: wellFormedText().min(1).max(64),
  parentId: wellFormedText().min(1).max(64).nullable().optional(),
  body: text(COMMENT_MAX, 'commentTooLong'),
});

export const commentEditSchema = z.strictObject({ body: text(COMMENT_MAX, 'commentTooLong') });

export const voteInputSchema = z.strictObject({
  targetType: targetTypeSchema,
  targetId: wellFormedText().min(1).max(64),
  /** 1 support, -1 oppose, 0 withdraw */
  value: z.union([z.literal(1), z.literal(-1), z.literal(0)]),
});

export const flagInputSchema = z.strictObject({
  targetType: targetTypeSchema,
  targetId: wellFormedText().min(1).max(64),
  reason: text(REASON_MAX, 'reasonTooLong'),
});

export const moderationInputSchema = z.strictObject({
  action: z.enum(['hide', 'restore']),
  targets: z.array(z.strictObject({ targetType: targetTypeSchema, targetId: wellFormedText().min(1).max(64) })).min(1).max(500),
  reason: text(REASON_MAX, 'reasonTooLong'),
});
