// What the browser receives of proposals, comments and the moderation queue.
import type { DotSignal } from '@/lib/live/dot-round';
import type { Geometry } from '@/lib/geo/geometry';

export type VoteTally = { supports: number; opposes: number; mine: number };

export type ProposalSummary = VoteTally & {
  id: string;
  title: string;
  body: string;
  category: string;
  status: string;
  authorName: string | null;
  publishedAt: string;
  geometry: Geometry | null;
  comments: number;
};

export type CommentView = VoteTally & {
  id: string;
  parentId: string | null;
  authorId: string | null;
  authorName: string | null;
  body: string | null;
  deleted: boolean;
  hiddenReason: string | null;
  edited: boolean;
  createdAt: string;
};
export type CommentThread = (CommentView & { replies: CommentView[] })[];

export type ModerationItem = {
  targetType: string;
  targetId: string;
  reasons: { reason: string; by: string; at: string }[];
  excerpt: { text: string; authorId: string; authorName: string; authorBlocked: boolean; hidden: boolean } | null;
};

/** A person a moderator blocked, as the moderation page lists them to unblock. */
export type BlockedParticipant = { id: string; name: string; reason: string; at: string };

/**
 * A change signal pushed to the browsers watching a process (server-sent events): what kind of thing
 * changed and which. A comment's signal names its thread (the proposal or mark it is written on);
 * a vote or moderation of one comment names the comment, whose thread the browser knows.
 */
export type ProcessEvent = {
  type: 'proposal' | 'comment' | 'vote' | 'moderation' | 'layers' | 'dots' | 'privateMarks' | 'session';
  targetType: string;
  targetId: string;
  at: number;
  /** A dot-vote round's new state (and an item's count when results are shown), so screens update without fetching. */
  dots?: DotSignal;
  /** A live session's new phase (PHASE_SIGNAL), so screens switch without fetching the session again. */
  phase?: string | null;
};
