'use client';

// Under a mark's card: its support, reporting, moderation, a proposal made from it, and comments.
// Each control is offered only when the rules allow it.
import { useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useTranslations } from 'next-intl';

import { CommentThread } from '@/components/comments/comment-thread';
import { queryKeys } from '@/components/live-events/query-keys';
import { refetchAfterChange } from '@/components/live-events/refetch-after-change';
import { HideControl } from '@/components/moderation/hide-control';
import { FlagButton } from '@/components/participation/flag-button';
import { useProcessRules, visibleItem } from '@/components/process/process-context';

import { AnnotationSupport } from './annotation-support';
import type { ShownMark } from './use-workspace-marks';

export function MarkDiscussion({ mark }: { mark: ShownMark }) {
  const t = useTranslations('participation');
  const { slug, can, viewer } = useProcessRules();
  const client = useQueryClient();
  const hidden = mark.hiddenReason !== null;
  const target = visibleItem(mark.authorId, hidden);
  return (
    <>
      <div className="comment-actions">
        {!hidden && <AnnotationSupport annotationId={mark.id} canVote={can('vote.cast', target)} target={target} />}
        {can('content.flag', target) && viewer?.id !== mark.authorId && <FlagButton targetType="annotation" targetId={mark.id} />}
        {can('content.moderate') && <HideControl targetType="annotation" targetId={mark.id} hidden={hidden} onDone={() => void refetchAfterChange(client, queryKeys.hiddenMarks(slug))} />}
        {!hidden && can('proposal.create') && (
          <Link className="link-button" href={`/p/${slug}/proposals/new?mark=${mark.id}`}>
            {t('proposals.fromMark')}
          </Link>
        )}
      </div>
      <CommentThread targetType="annotation" targetId={mark.id} thread={target} />
    </>
  );
}
