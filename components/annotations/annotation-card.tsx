'use client';

import { useFormatter, useNow, useTranslations } from 'next-intl';
import { useEffect, useId, useRef, type ReactNode } from 'react';

import { FORMER_PARTICIPANT_NAME, type Annotation } from '@/lib/collab/annotation';
import type { Category } from '@/lib/schemas/process';

import { CategorySymbol } from './category-symbol';

type Props = {
  annotation: Annotation;
  category: Category | undefined;
  canChange: boolean;
  /** Why this person may not change their mark for now (a live session's phase): the controls stay in view, off, saying so. */
  changeOffReason?: string | null;
  reshaping: boolean;
  onClose: () => void;
  onEdit: () => void;
  onReshape: () => void;
  onSaveShape: () => void;
  onCancelShape: () => void;
  onDelete: () => void;
  /** What the mark refers to (a layer's feature, a scenario), in words. */
  about?: string;
  /** A live dot-vote round's button for this mark, near the top so a phone's sheet shows it without scrolling. */
  vote?: ReactNode;
  /** Comments and support, shown under the mark. */
  discussion?: ReactNode;
  /** Set when a moderator hid the mark (only moderators see it then). */
  hiddenReason?: string | null;
};

export function AnnotationCard({ annotation, category, canChange, changeOffReason = null, reshaping, onClose, onEdit, onReshape, onSaveShape, onCancelShape, onDelete, about, vote, discussion, hiddenReason }: Props) {
  const t = useTranslations('annotations');
  const format = useFormatter();
  const now = useNow({ updateInterval: 30_000 });
  const title = useRef<HTMLHeadingElement>(null);
  const reasonId = useId();
  const off = !!changeOffReason;
  const offProps = { disabled: off, 'aria-describedby': off ? reasonId : undefined };
  // Opening a mark (from the list, the map, or after saving) takes focus to its card.
  useEffect(() => title.current?.focus({ preventScroll: true }), [annotation.id]);
  return (
    <article className={`annotation-card${hiddenReason != null ? ' is-hidden' : ''}`} aria-labelledby="card-title" data-testid="annotation-card">
      <header className="card-header">
        {category && <CategorySymbol category={category} />}
        <h2 id="card-title" ref={title} tabIndex={-1}>
          {category?.label ?? t('categoryFallback')}
        </h2>
        <button type="button" className="button button-quiet" onClick={onClose}>
          {t('card.close')}
        </button>
      </header>
      {hiddenReason != null && (
        <p className="hidden-note" data-testid="mark-hidden-note">
          {t('card.hidden', { reason: hiddenReason })}
        </p>
      )}
      {/* Plain text with its line breaks: nothing a person types is ever rendered as HTML. */}
      <p className="card-text">{annotation.text || t('card.noText')}</p>
      {about && <p className="mark-about" data-testid="mark-about">{about}</p>}
      <p className="mark-meta">
        {t(`kinds.${annotation.kind}`)} · {t('list.by', { name: annotation.authorName === FORMER_PARTICIPANT_NAME ? t('formerParticipant') : annotation.authorName })} · {format.relativeTime(annotation.createdAt, Math.max(now.getTime(), annotation.createdAt))}
        {annotation.updatedAt > annotation.createdAt + 1000 && ` · ${t('card.edited')}`}
      </p>
      {vote}
      {(canChange || off) && !reshaping && (
        <div className="form-actions">
          <button type="button" className="button button-quiet" onClick={onEdit} {...offProps}>
            {t('card.edit')}
          </button>
          <button type="button" className="button button-quiet" onClick={onReshape} {...offProps}>
            {t('card.reshape')}
          </button>
          <button type="button" className="button button-danger" onClick={onDelete} {...offProps}>
            {t('card.delete')}
          </button>
        </div>
      )}
      {off && !reshaping && (
        <p className="hint" id={reasonId} data-testid="mark-change-off-reason">
          {changeOffReason}
        </p>
      )}
      {reshaping && (
        <div className="form-actions">
          <p className="hint">{t('card.reshapeHint')}</p>
          <button type="button" className="button" onClick={onSaveShape}>
            {t('card.saveShape')}
          </button>
          <button type="button" className="button button-quiet" onClick={onCancelShape}>
            {t('form.cancel')}
          </button>
        </div>
      )}
      {discussion}
    </article>
  );
}
