import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';

import { CommentThread } from '@/components/comments/comment-thread';
import { ItemDots } from '@/components/live/item-dots';
import { LiveSessionRules } from '@/components/live/live-session-rules';
import { AnswerForm, PublishDraftButton } from '@/components/proposals/answer-form';
import { FlagButton } from '@/components/participation/flag-button';
import { HideControl } from '@/components/moderation/hide-control';
import { ImageUpload } from '@/components/proposals/image-upload';
import { ProposalAuthorTools } from '@/components/proposals/proposal-author-tools';
import { ProposalPlace } from '@/components/proposals/proposal-place';
import { LiveRefresh } from '@/components/live-events/live-refresh';
import { VoteButton } from '@/components/participation/vote-button';
import { authorMayEdit, authorMayWithdraw, type ProposalStatus } from '@/lib/participation/proposal-lifecycle';
import { allowed, type ProcessStatus } from '@/lib/policy/decide';
import { currentSubject } from '@/server/auth/subject';
import { getPublicProcess } from '@/server/domain/processes/get-process';
import { getProposal } from '@/server/domain/proposals/get-proposal';
import { requestStartedAt } from '@/server/http/request-started';

export const dynamic = 'force-dynamic';

export default async function ProposalPage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  // Before anything is read: a signal stamped after this may be about something the page did not see.
  const renderedAt = requestStartedAt();
  const { slug, id } = await params;
  const subject = await currentSubject();
  const proposal = await getProposal(id, subject);
  if (!proposal || proposal.process.slug !== slug) notFound();
  const t = await getTranslations('participation');
  const format = await getFormatter();
  const process = await getPublicProcess(slug);
  const status = proposal.status as ProposalStatus;
  const target = { authorId: proposal.authorId, hidden: proposal.hiddenReason !== null, published: status !== 'draft' };
  const situation = { process: { id: proposal.processId, status: proposal.process.status as ProcessStatus }, target };
  const may = (action: Parameters<typeof allowed>[1]) => allowed(subject, action, situation);
  const authorMayAct = may('proposal.editOwn');
  const isAuthor = subject?.id === proposal.authorId;
  const viewer = subject && { id: subject.id, canModerate: may('content.moderate'), canFlag: may('content.flag') };

  // During a live session its phase joins the rules: support and comments off, with the reason, where it allows neither.
  return (
    <LiveSessionRules>
      <div className="page">
        <LiveRefresh slug={slug} targetId={proposal.id} renderedAt={renderedAt} />
        <p><Link href={`/p/${slug}`}>{t('proposals.back')}</Link></p>
        <article className="proposal" aria-labelledby="proposal-title">
          <p className="meta">
            <span className={`status status-${proposal.status}`} data-testid="proposal-status">{t(`status.${proposal.status}`)}</span>
            <span>{t('proposals.by', { name: proposal.authorName ?? t('proposals.formerParticipant') })}</span>
            {proposal.publishedAt && <span>{format.dateTime(new Date(proposal.publishedAt), { dateStyle: 'long' })}</span>}
          </p>
          {proposal.hiddenReason !== null ? (
            <p className="comment-hidden" id="proposal-title">{t('moderation.hiddenBy', { reason: proposal.hiddenReason })}</p>
          ) : (
            <>
              <h1 id="proposal-title">{proposal.title}</h1>
              <ProposalPlace slug={slug} category={process?.categories.find((c) => c.id === proposal.category)} geometry={proposal.geometry} />
              <p className="proposal-body">{proposal.body}</p>
            </>
          )}
          {proposal.images.length > 0 && (
            <div className="proposal-images" role="group" aria-label={t('images.title')}>
              {proposal.images.map((image) => (
                // eslint-disable-next-line @next/next/no-img-element -- our own small uploads, served as they are
                <img key={image.id} src={image.url} alt={image.alt} loading="lazy" />
              ))}
            </div>
          )}
          {authorMayAct && proposal.images.length < 3 && <ImageUpload proposalId={proposal.id} />}
          {proposal.status === 'draft' && (
            <div className="form-actions">
              <p className="hint">{t('form.draftNote')}</p>
              <PublishDraftButton proposalId={proposal.id} />
            </div>
          )}
          {authorMayAct && proposal.title !== null && (
            <ProposalAuthorTools
              proposalId={proposal.id}
              mayEdit={authorMayEdit(status, proposal.answers.length > 0)}
              mayWithdraw={authorMayWithdraw(status)}
              categories={process?.categories ?? []}
              initial={{ title: proposal.title, body: proposal.body ?? '', category: proposal.category }}
            />
          )}
          {proposal.status !== 'draft' && <ItemDots slug={slug} item={{ itemType: 'proposal', itemId: proposal.id }} />}
          <div className="comment-actions">
            {proposal.status !== 'draft' && <VoteButton targetType="proposal" targetId={proposal.id} supports={proposal.supports} mine={proposal.mine} canVote={may('vote.cast')} target={target} />}
            {viewer?.canFlag && !isAuthor && <FlagButton targetType="proposal" targetId={proposal.id} />}
            {viewer?.canModerate && target.published && <HideControl targetType="proposal" targetId={proposal.id} hidden={proposal.hiddenReason !== null} />}
          </div>
        </article>

        {proposal.answers.length > 0 && (
          <section className="official-answers" aria-labelledby="answers-title">
            <h2 id="answers-title">{t('answer.title')}</h2>
            {proposal.answers.map((answer) => (
              <div key={answer.id} className="official-answer" data-testid="official-answer">
                <p className="meta">
                  <span className={`status status-${answer.status}`}>{t(`status.${answer.status}`)}</span>
                  <span>{t('answer.by', { name: answer.authorName })}</span>
                  <span>{format.dateTime(new Date(answer.createdAt), { dateStyle: 'long' })}</span>
                </p>
                <p className="proposal-body">{answer.body}</p>
              </div>
            ))}
          </section>
        )}

        {may('proposal.answer') && <AnswerForm proposalId={proposal.id} status={proposal.status as ProposalStatus} layers={process?.layers ?? []} />}

        <details className="history">
          <summary>{t('answer.history')}</summary>
          <ol>
            {proposal.history.map((change) => (
              <li key={change.at + change.to}>
                {change.from ? t('answer.change', { from: t(`status.${change.from}`), to: t(`status.${change.to}`) }) : t('answer.created', { to: t(`status.${change.to}`) })} · {change.by ?? t('proposals.formerParticipant')} · {format.dateTime(new Date(change.at), { dateStyle: 'medium', timeStyle: 'short' })}
              </li>
            ))}
          </ol>
        </details>

        {proposal.status !== 'draft' && <CommentThread targetType="proposal" targetId={proposal.id} thread={target} />}
      </div>
    </LiveSessionRules>
  );
}
