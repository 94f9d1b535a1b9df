'use client';

import { useFormatter, useNow, useTranslations } from 'next-intl';
import { useCallback, useEffect, useState, type FormEvent } from 'react';

import type { CommentThread as Thread } from '@/lib/participation/views';

import { FlagButton } from '@/components/participation/flag-button';
import { HideControl } from '@/components/moderation/hide-control';
import { fetchJson, sendJson } from '@/lib/http/send-json';
import { useProcessEvents } from '@/components/live-events/use-process-events';
import { VoteButton } from '@/components/participation/vote-button';
import { FormError } from '../ui/form-error';

type Viewer = { id: string; canModerate: boolean; canFlag: boolean } | null;
type Props = { slug: string; targetType: 'proposal' | 'annotation'; targetId: string; viewer: Viewer; open: boolean };
type Comment = Thread[number] | Thread[number]['replies'][number];

function CommentForm({ label, onSubmit, initial = '', onCancel }: { label: string; onSubmit: (body: string) => Promise<void>; initial?: string; onCancel?: () => void }) {
  const t = useTranslations('participation.comments');
  const [body, setBody] = useState(initial);
  const [failure, setFailure] = useState<unknown>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await onSubmit(body);
      setBody('');
      setFailure(null);
    } catch (refusal) {
      setFailure(refusal);
    }
  }
  return (
    <form className="comment-form" onSubmit={submit}>
      <label className="field">
        {label}
        <textarea value={body} onChange={(event) => setBody(event.target.value)} rows={3} maxLength={5000} required />
      </label>
      <FormError failure={failure} />
      <div className="form-actions">
        <button type="submit" className="button">{initial ? t('save') : t('submit')}</button>
        {onCancel && <button type="button" className="button button-quiet" onClick={onCancel}>{t('cancel')}</button>}
      </div>
    </form>
  );
}

/** Comments on a proposal or a mark: one level of replies, plain text only, live for everyone. */
export function CommentThread({ slug, targetType, targetId, viewer, open }: Props) {
  const t = useTranslations('participation');
  const format = useFormatter();
  const now = useNow({ updateInterval: 30_000 });
  const [sort, setSort] = useState<'oldest' | 'newest' | 'supported'>('oldest');
  const [comments, setComments] = useState<Thread>([]);
  const [replyTo, setReplyTo] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);

  const load = useCallback(
    () =>
      fetchJson<{ comments: Thread }>(`/api/comments?targetType=${targetType}&targetId=${encodeURIComponent(targetId)}&sort=${sort}`).then(
        (body) => body && setComments(body.comments),
      ),
    [targetType, targetId, sort],
  );
  useEffect(() => void load(), [load]);
  useProcessEvents(slug, (event) => {
    if (event.type !== 'proposal') void load();
  });

  const post = async (body: string, parentId?: string) => {
    await sendJson('/api/comments', 'POST', { targetType, targetId, parentId, body });
    setReplyTo(null);
    await load();
  };

  const renderComment = (comment: Comment, isReply: boolean) => (
    <li key={comment.id} className="comment" data-testid="comment">
      <p className="comment-meta">
        <strong>{comment.authorName ?? t('proposals.formerParticipant')}</strong> · {format.relativeTime(new Date(comment.createdAt), Math.max(now.getTime(), Date.parse(comment.createdAt)))}
        {comment.edited && ` · ${t('comments.edited')}`}
      </p>
      {comment.hiddenReason !== null ? (
        <p className="comment-hidden">{t('moderation.hiddenBy', { reason: comment.hiddenReason })}</p>
      ) : comment.deleted ? (
        <p className="comment-hidden">{t('comments.deleted')}</p>
      ) : editing === comment.id ? (
        <CommentForm label={t('comments.edit')} initial={comment.body ?? ''} onCancel={() => setEditing(null)} onSubmit={async (body) => { await sendJson(`/api/comments/${comment.id}`, 'PATCH', { body }); setEditing(null); await load(); }} />
      ) : (
        <p className="comment-body">{comment.body}</p>
      )}
      <div className="comment-actions">
        {!comment.deleted && comment.hiddenReason === null && <VoteButton targetType="comment" targetId={comment.id} supports={comment.supports} mine={comment.mine} canVote={!!viewer && open} compact />}
        {viewer && open && !isReply && !comment.deleted && <button type="button" className="link-button" onClick={() => setReplyTo(comment.id)}>{t('comments.reply')}</button>}
        {viewer?.id === comment.authorId && !comment.deleted && comment.hiddenReason === null && (
          <>
            <button type="button" className="link-button" onClick={() => setEditing(comment.id)}>{t('comments.edit')}</button>
            <button type="button" className="link-button" onClick={async () => { await sendJson(`/api/comments/${comment.id}`, 'DELETE'); await load(); }}>{t('comments.delete')}</button>
          </>
        )}
        {viewer?.canFlag && viewer.id !== comment.authorId && !comment.deleted && <FlagButton targetType="comment" targetId={comment.id} />}
        {viewer?.canModerate && !comment.deleted && <HideControl targetType="comment" targetId={comment.id} hidden={comment.hiddenReason !== null} onDone={load} />}
      </div>
      {'replies' in comment && comment.replies.length > 0 && <ul className="replies">{comment.replies.map((reply) => renderComment(reply, true))}</ul>}
      {replyTo === comment.id && <CommentForm label={t('comments.replyTo', { name: comment.authorName ?? t('proposals.formerParticipant') })} onSubmit={(body) => post(body, comment.id)} onCancel={() => setReplyTo(null)} />}
    </li>
  );

  return (
    <section className="comment-thread" aria-labelledby={`comments-${targetId}`}>
      <div className="thread-header">
        <h2 id={`comments-${targetId}`}>{t('comments.title')} ({comments.reduce((n, c) => n + 1 + c.replies.length, 0)})</h2>
        <label>
          {t('comments.sort')}{' '}
          <select value={sort} onChange={(event) => setSort(event.target.value as typeof sort)}>
            <option value="oldest">{t('comments.oldest')}</option>
            <option value="newest">{t('comments.newest')}</option>
            <option value="supported">{t('comments.supported')}</option>
          </select>
        </label>
      </div>
      {comments.length === 0 ? <p className="hint">{t('comments.empty')}</p> : <ul className="comments">{comments.map((comment) => renderComment(comment, false))}</ul>}
      {viewer && open ? <CommentForm label={t('comments.write')} onSubmit={(body) => post(body)} /> : !viewer && <p className="hint">{t('comments.signIn')}</p>}
    </section>
  );
}
