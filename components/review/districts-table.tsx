'use client';

// Every review figure per district, in a table; choosing a district filters the whole dashboard to it.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';

import type { DistrictFigures } from '@/server/review/district-breakdown';

import { useReviewSelection } from './review-selection';

const COLUMNS = ['marks', 'proposals', 'support', 'comments', 'participants'] as const;

export function DistrictsTable() {
  const t = useTranslations('themes.districts');
  const { slug, query, selection, select } = useReviewSelection();
  const districts = useQuery({
    queryKey: ['review', slug, 'districts', query],
    placeholderData: keepPreviousData,
    queryFn: async () => {
      const response = await fetch(`/api/processes/${slug}/review/districts?${query}`, { cache: 'no-store' });
      if (!response.ok) throw new Error(`districts ${response.status}`);
      return ((await response.json()) as { districts: DistrictFigures[] }).districts;
    },
  });
  if (districts.isError) return <p role="alert">{t('loadFailed')}</p>;
  if (!districts.data || districts.data.length === 0) return null;
  const current = districts.data.find((d) => d.featureId === selection.district);
  return (
    <section aria-labelledby="review-districts-title" data-testid="review-districts">
      <h2 id="review-districts-title">{t('title')}</h2>
      {current && (
        <p role="status">
          {t('showing', { district: current.name })}{' '}
          <button type="button" className="button button-quiet" onClick={() => select({ district: '' })}>{t('all')}</button>
        </p>
      )}
      <div className="review-table-scroll">
        <table className="districts-table">
          <caption>{t('caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('district')}</th>
              {COLUMNS.map((column) => <th key={column} scope="col">{t(`columns.${column}`)}</th>)}
            </tr>
          </thead>
          <tbody>
            {districts.data.map((d) => (
              <tr key={d.featureId} aria-current={d.featureId === selection.district ? 'true' : undefined}>
                <th scope="row">
                  <button type="button" className="link-button" aria-pressed={d.featureId === selection.district} onClick={() => select({ district: d.featureId === selection.district ? '' : d.featureId })}>
                    {d.name}
                  </button>
                </th>
                {COLUMNS.map((column) => <td key={column}>{d[column]}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
