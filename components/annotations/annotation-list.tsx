'use client';

import { useFormatter, useNow, useTranslations } from 'next-intl';
import { useState } from 'react';

import { ShowMore } from '@/components/ui/show-more';

import { FORMER_PARTICIPANT_NAME, type Annotation } from '@/lib/collab/annotation';
import type { Category } from '@/lib/schemas/process';

import { CategorySymbol } from './category-symbol';

type Props = {
  /** Marks with `hiddenReason` set are hidden by a moderator (only moderators receive them). */
  annotations: (Annotation & { hiddenReason?: string | null })[];
  categories: Category[];
  shownCategories: Set<string>;
  onToggleCategory: (id: string, shown: boolean) => void;
  selectedId: string | null;
  onSelect: (id: string) => void;
};

/** Marks listed at first, and added by each "Show more": a room may hold thousands. */
const MARKS_PAGE = 100;

/** Every mark without the map: the accessible path to the same content, filtered by category. */
export function AnnotationList({ annotations, categories, shownCategories, onToggleCategory, selectedId, onSelect }: Props) {
  const t = useTranslations('annotations');
  const format = useFormatter();
  const now = useNow({ updateInterval: 30_000 });
  const byId = new Map(categories.map((c) => [c.id, c]));
  const shown = annotations.filter((a) => shownCategories.has(a.category) || !byId.has(a.category)).sort((a, b) => b.createdAt - a.createdAt);
  const [limit, setLimit] = useState(MARKS_PAGE);

  return (
    <section className="annotation-list" aria-labelledby="marks-title">
      <h2 id="marks-title">{t('list.title')}</h2>
      <fieldset className="category-filter">
        <legend>{t('list.filter')}</legend>
        {categories.map((category) => (
          <label key={category.id} className="chip">
            <input type="checkbox" checked={shownCategories.has(category.id)} onChange={(event) => onToggleCategory(category.id, event.target.checked)} />
            <CategorySymbol category={category} />
            {category.label} ({annotations.filter((a) => a.category === category.id).length})
          </label>
        ))}
      </fieldset>
      {shown.length === 0 ? (
        <p className="empty-state">{annotations.length === 0 ? t('list.empty') : t('list.emptyFiltered')}</p>
      ) : (
        <ul className="marks" data-testid="annotation-list">
          {shown.slice(0, limit).map((annotation) => {
            const category = byId.get(annotation.category) ?? { color: '#555555', symbol: '•', label: t('categoryFallback') };
            return (
              <li key={annotation.id}>
                <button type="button" className="mark-item" aria-current={selectedId === annotation.id} onClick={() => onSelect(annotation.id)} data-annotation-id={annotation.id}>
                  <CategorySymbol category={category} />
                  <span className="mark-body">
                    {annotation.hiddenReason != null && <span className="badge badge-hidden">{t('list.hidden')}</span>}
                    <span className="mark-text">{annotation.text || t('card.noText')}</span>
                    <span className="mark-meta">
                      {category.label} · {t(`kinds.${annotation.kind}`)} · {t('list.by', { name: annotation.authorName === FORMER_PARTICIPANT_NAME ? t('formerParticipant') : annotation.authorName })} · {format.relativeTime(annotation.createdAt, Math.max(now.getTime(), annotation.createdAt))}
                    </span>
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {shown.length > limit && <ShowMore label={t('list.showMore')} shown={limit} total={shown.length} loading={false} onMore={() => setLimit((n) => n + MARKS_PAGE)} />}
    </section>
  );
}
