'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useState } from 'react';

import { queryKeys } from '@/components/live-events/query-keys';
import { ShowMore } from '@/components/ui/show-more';
import { usePagedList } from '@/components/ui/use-paged-list';

import type { Category } from '@/lib/schemas/process';
import type { ProposalSummary } from '@/lib/participation/views';

import { CategorySymbol } from '../annotations/category-symbol';

/** Published proposals of the process, a page at a time, sorted and filtered, kept current by change signals. */
export function ProposalList({ slug, categories, canPropose, mapArea }: { slug: string; categories: Category[]; canPropose: boolean; mapArea: [number, number, number, number] | null }) {
  const t = useTranslations('participation');
  const [sort, setSort] = useState('newest');
  const [category, setCategory] = useState('');
  const [inMapArea, setInMapArea] = useState(false);
  const bbox = inMapArea && mapArea ? mapArea.map((n) => n.toFixed(5)).join(',') : null;
  const filters = { sort, ...(category ? { category } : {}), ...(bbox ? { bbox } : {}) };
  const list = usePagedList<ProposalSummary>(
    queryKeys.proposalListFiltered(slug, filters),
    (cursor) => `/api/processes/${slug}/proposals?${new URLSearchParams({ ...filters, ...(cursor ? { cursor } : {}) })}`,
    'proposals',
  );
  const proposals = list.items;

  const byId = new Map(categories.map((c) => [c.id, c]));
  return (
    <section aria-labelledby="proposals-title" className="proposal-list">
      <div className="thread-header">
        <h2 id="proposals-title">{t('proposals.title')}</h2>
        {canPropose && (
          <Link href={`/p/${slug}/proposals/new`} className="button">
            {t('proposals.new')}
          </Link>
        )}
      </div>
      <div className="filters">
        <label>
          {t('proposals.sort')}{' '}
          <select value={sort} onChange={(event) => setSort(event.target.value)}>
            <option value="newest">{t('proposals.sortNewest')}</option>
            <option value="supported">{t('proposals.sortSupported')}</option>
            <option value="discussed">{t('proposals.sortDiscussed')}</option>
          </select>
        </label>
        <label>
          {t('proposals.category')}{' '}
          <select value={category} onChange={(event) => setCategory(event.target.value)}>
            <option value="">{t('proposals.allCategories')}</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>{c.label}</option>
            ))}
          </select>
        </label>
        <label>
          <input type="checkbox" checked={inMapArea} onChange={(event) => setInMapArea(event.target.checked)} disabled={!mapArea} /> {t('proposals.inMapArea')}
        </label>
      </div>
      {proposals && proposals.length === 0 && <p className="empty-state">{t('proposals.empty')}</p>}
      <ul className="marks" data-testid="proposal-list">
        {proposals?.map((proposal) => {
          const entry = byId.get(proposal.category);
          return (
            <li key={proposal.id}>
              <Link href={`/p/${slug}/proposals/${proposal.id}`} className="mark-item proposal-item">
                {entry && <CategorySymbol category={entry} />}
                <span className="mark-body">
                  <span className="mark-text">{proposal.title}</span>
                  <span className="mark-meta">
                    <span className={`status status-${proposal.status}`}>{t(`status.${proposal.status}`)}</span> · {t('proposals.supports', { count: proposal.supports })} · {t('proposals.comments', { count: proposal.comments })} · {t('proposals.by', { name: proposal.authorName ?? t('proposals.formerParticipant') })}
                  </span>
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
      {list.hasMore && <ShowMore label={t('proposals.showMore')} shown={proposals?.length ?? 0} total={list.total} loading={list.loadingMore} onMore={list.more} />}
    </section>
  );
}
