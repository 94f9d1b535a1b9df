'use client';

// The review's headline figures and its two rankings (most supported, most discussed).
import Link from 'next/link';
import { useTranslations } from 'next-intl';

import type { Review } from '@/server/review/get-review';
import type { RankedItem } from '@/server/review/review-figures';

export function ReviewSummary({ review }: { review: Review }) {
  const t = useTranslations('review');
  const figures: [string, number][] = [
    [t('figures.registered'), review.participants.registered],
    [t('figures.guests'), review.participants.guests],
    [t('kinds.marks'), review.totals.marks],
    [t('kinds.proposals'), review.totals.proposals],
    [t('kinds.comments'), review.totals.comments],
    [t('kinds.supports'), review.totals.supports],
    [t('figures.waiting'), review.waiting.total],
    [t('figures.overdue', { days: review.waiting.overdueDays }), review.waiting.overdue],
  ];
  return (
    <section aria-labelledby="review-figures-title">
      <h2 id="review-figures-title">{t('figures.title')}</h2>
      <dl className="review-figures" data-testid="review-figures">
        {figures.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function RankedList({ items, count, slug }: { items: RankedItem[]; count: (item: RankedItem) => string; slug: string }) {
  const t = useTranslations('review');
  if (items.length === 0) return <p className="review-empty">{t('charts.empty')}</p>;
  return (
    <ol className="review-ranked">
      {items.map((item) => (
        <li key={`${item.type}:${item.id}`}>
          <span className="review-kind">{item.type === 'proposal' ? t('kinds.proposal') : t('kinds.mark')}</span>{' '}
          {item.type === 'proposal' ? <Link href={`/p/${slug}/proposals/${item.id}`}>{item.title}</Link> : <span>{item.title}</span>}{' '}
          <span className="review-count">{count(item)}</span>
        </li>
      ))}
    </ol>
  );
}

export function ReviewRankings({ review, slug }: { review: Review; slug: string }) {
  const t = useTranslations('review');
  return (
    <div className="review-rankings">
      <section aria-labelledby="review-supported-title">
        <h2 id="review-supported-title">{t('rankings.supported')}</h2>
        <RankedList slug={slug} items={review.mostSupported} count={(i) => t('rankings.supports', { supports: i.supports, opposes: i.opposes })} />
      </section>
      <section aria-labelledby="review-discussed-title">
        <h2 id="review-discussed-title">{t('rankings.discussed')}</h2>
        <RankedList slug={slug} items={review.mostDiscussed} count={(i) => t('rankings.comments', { count: i.comments })} />
      </section>
    </div>
  );
}
