// What the browser receives of proposals, comments and the moderation queue.
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
  excerpt: { text: string; authorId: string; authorName: string; hidden: boolean } | null;
};

/** A change signal pushed to the browsers watching a process (server-sent events). */
export type ProcessEvent = { type: 'proposal' | 'comment' | 'vote' | 'moderation' | 'layers'; targetType: string; targetId: string; at: number };
