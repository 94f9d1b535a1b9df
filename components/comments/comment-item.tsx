'use client';

// One comment with its replies, and only the actions the rules allow this person.
import { useFormatter, useNow, useTranslations } from 'next-intl';
import { useId, useState } from 'react';

import { HideControl } from '@/components/moderation/hide-control';
import { FlagButton } from '@/components/participation/flag-button';
import { VoteButton } from '@/components/participation/vote-button';
import { useProcessRules, visibleItem } from '@/components/process/process-context';
import { sendJson } from '@/lib/http/send-json';
import type { CommentView } from '@/lib/participation/views';

import { CommentForm } from './comment-form';

/** `replyOffReason`: why replying is off for now (a live session's phase): Reply stays in view, switched off, saying so. */
type Props = { comment: CommentView & { replies?: CommentView[] }; canReply: boolean; replyOffReason?: string | null; onReply: (body: string, parentId: string) => Promise<void>; onChanged: () => Promise<void> };

export function CommentItem({ comment, canReply, replyOffReason = null, onReply, onChanged }: Props) {
  const t = useTranslations('participation');
  const format = useFormatter();
  const now = useNow({ updateInterval: 30_000 });
  const { can, viewer } = useProcessRules();
  const [editing, setEditing] = useState(false);
  const [replying, setReplying] = useState(false);
  const replyReasonId = useId();
  const hidden = comment.hiddenReason !== null;
  const item = visibleItem(comment.authorId, hidden);
  const present = !comment.deleted && !hidden;
  const author = comment.authorName ?? t('proposals.formerParticipant');

  return (
    <li className="comment" data-testid="comment">
      <p className="comment-meta">
        <strong>{author}</strong> · {format.relativeTime(new Date(comment.createdAt), Math.max(now.getTime(), Date.parse(comment.createdAt)))}
        {comment.edited && ` · ${t('comments.edited')}`}
      </p>
      {hidden ? (
        <p className="comment-hidden">{t('moderation.hiddenBy', { reason: comment.hiddenReason ?? '' })}</p>
      ) : comment.deleted ? (
        <p className="comment-hidden">{t('comments.deleted')}</p>
      ) : editing ? (
        <CommentForm label={t('comments.edit')} initial={comment.body ?? ''} onCancel={() => setEditing(false)} onSubmit={async (body) => { await sendJson(`/api/comments/${comment.id}`, 'PATCH', { body }); setEditing(false); await onChanged(); }} />
      ) : (
        <p className="comment-body">{comment.body}</p>
      )}
      <div className="comment-actions">
        {present && <VoteButton targetType="comment" targetId={comment.id} supports={comment.supports} mine={comment.mine} canVote={can('vote.cast', item)} target={item} compact />}
        {(canReply || replyOffReason) && comment.replies && !comment.deleted && (
          <>
            <button type="button" className="link-button" onClick={() => setReplying(true)} disabled={!!replyOffReason} aria-describedby={replyOffReason ? replyReasonId : undefined} title={replyOffReason ?? undefined}>
              {t('comments.reply')}
            </button>
            {replyOffReason && (
              // Beside every comment the words would repeat down the thread: the form below shows them; here they are for screen readers and the pointer.
              <span className="visually-hidden" id={replyReasonId} data-testid="reply-off-reason">
                {replyOffReason}
              </span>
            )}
          </>
        )}
        {present && can('comment.editOwn', item) && (
          <>
            <button type="button" className="link-button" onClick={() => setEditing(true)}>
              {t('comments.edit')}
            </button>
            <button type="button" className="link-button" onClick={async () => { await sendJson(`/api/comments/${comment.id}`, 'DELETE'); await onChanged(); }}>
              {t('comments.delete')}
            </button>
          </>
        )}
        {present && viewer?.id !== comment.authorId && can('content.flag', item) && <FlagButton targetType="comment" targetId={comment.id} />}
        {!comment.deleted && can('content.moderate') && <HideControl targetType="comment" targetId={comment.id} hidden={hidden} onDone={onChanged} />}
      </div>
      {comment.replies && comment.replies.length > 0 && (
        <ul className="replies">
          {comment.replies.map((reply) => (
            <CommentItem key={reply.id} comment={reply} canReply={false} onReply={onReply} onChanged={onChanged} />
          ))}
        </ul>
      )}
      {replying && <CommentForm label={t('comments.replyTo', { name: author })} offReason={replyOffReason} onSubmit={async (body) => { await onReply(body, comment.id); setReplying(false); }} onCancel={() => setReplying(false)} />}
    </li>
  );
}
