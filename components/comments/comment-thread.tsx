'use client';

// Comments on a proposal or a mark: one level of replies, plain text only, live for everyone.
import { useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';

import { queryKeys, type ThreadTarget } from '@/components/live-events/query-keys';
import { refetchAfterChange } from '@/components/live-events/refetch-after-change';
import { useProcessRules } from '@/components/process/process-context';
import { ShowMore } from '@/components/ui/show-more';
import { usePagedList } from '@/components/ui/use-paged-list';
import { sendJson } from '@/lib/http/send-json';
import type { CommentThread as Thread } from '@/lib/participation/views';
import type { TargetState } from '@/lib/policy/decide';

import { CommentForm } from './comment-form';
import { CommentItem } from './comment-item';

type Sort = 'oldest' | 'newest' | 'supported';
/** `thread` is the state of what is commented on (its author, hidden or not): it decides who may write. */
type Props = ThreadTarget & { thread: TargetState };

const threadUrl = ({ targetType, targetId }: ThreadTarget, sort: Sort, cursor: string | null) =>
  `/api/comments?${new URLSearchParams({ targetType, targetId, sort, ...(cursor ? { cursor } : {}) })}`;

export function CommentThread({ targetType, targetId, thread }: Props) {
  const t = useTranslations('participation');
  const { can, heldByPhase, phase, viewer, known } = useProcessRules();
  const client = useQueryClient();
  const [sort, setSort] = useState<Sort>('oldest');
  const target = { targetType, targetId };
  const list = usePagedList<Thread[number]>(queryKeys.threadSorted(target, sort), (cursor) => threadUrl(target, sort, cursor), 'comments');
  const comments = list.items ?? [];
  const total = list.total;
  const shown = comments.reduce((n, c) => n + 1 + c.replies.length, 0);
  const refresh = () => refetchAfterChange(client, queryKeys.thread(target));
  const mayWrite = can('comment.create', thread);
  // Off for now in a live session's phase without comments: the form and the Reply buttons stay in view, saying why.
  const offReason = heldByPhase('comment.create', thread) && phase ? t('comments.offInPhase', { phase: phase.title }) : null;

  const post = async (body: string, parentId?: string) => {
    await sendJson('/api/comments', 'POST', { targetType, targetId, parentId, body });
    await refresh();
  };

  return (
    <section className="comment-thread" aria-labelledby={`comments-${targetId}`}>
      <div className="thread-header">
        <h2 id={`comments-${targetId}`}>
          {t('comments.title')} ({total})
        </h2>
        <label>
          {t('comments.sort')}{' '}
          <select value={sort} onChange={(event) => setSort(event.target.value as Sort)}>
            <option value="oldest">{t('comments.oldest')}</option>
            <option value="newest">{t('comments.newest')}</option>
            <option value="supported">{t('comments.supported')}</option>
          </select>
        </label>
      </div>
      {comments.length === 0 ? (
        <p className="hint">{t('comments.empty')}</p>
      ) : (
        <ul className="comments">
          {comments.map((comment) => (
            <CommentItem key={comment.id} comment={comment} canReply={mayWrite} replyOffReason={offReason} onReply={post} onChanged={refresh} />
          ))}
        </ul>
      )}
      {list.hasMore && <ShowMore label={t('comments.showMore')} shown={shown} total={total} loading={list.loadingMore} onMore={list.more} />}
      {mayWrite || offReason ? <CommentForm label={t('comments.write')} onSubmit={(body) => post(body)} offReason={offReason} /> : known && !viewer && <p className="hint">{t('comments.signIn')}</p>}
    </section>
  );
}
