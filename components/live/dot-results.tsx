'use client';

// A round's ranking: the items with the most dots first, as a table (with a bar beside each count
// that repeats the number, never replaces it).
import { useTranslations } from 'next-intl';

import { dotItemLabeller } from '@/lib/live/dot-item-label';
import type { DotItem, DotResult } from '@/lib/live/dot-round';

import './dot-votes.css';

/** The name kept in a revealed round's snapshot, when the page knows no better. */
const snapshotLabel = dotItemLabeller();

type Props = {
  results: readonly DotResult[] | null;
  /** The item's name as the page knows it now (a mark's text from the shared map); else the snapshot's name, else its kind. */
  labelFor?: (item: DotItem) => string | null;
  /** Where the item can be opened (a mark on the map, a proposal's page). */
  onOpen?: (item: DotItem) => void;
};

export function DotResults({ results, labelFor, onOpen }: Props) {
  const t = useTranslations('live.votes.results');
  if (results === null) return <p className="dot-results-hidden">{t('hidden')}</p>;
  if (results.length === 0) return <p className="dot-results-empty">{t('empty')}</p>;
  const most = Math.max(...results.map((result) => result.dots));
  return (
    <table className="dot-results">
      <caption>{t('caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('rank')}</th>
          <th scope="col">{t('item')}</th>
          <th scope="col">{t('dots')}</th>
        </tr>
      </thead>
      <tbody>
        {results.map((result, index) => {
          const label = labelFor?.(result) ?? snapshotLabel(result) ?? t(`itemType.${result.itemType}`);
          return (
            <tr key={`${result.itemType}:${result.layerId ?? ''}:${result.itemId}`}>
              <td>{index + 1}</td>
              <th scope="row">
                {onOpen ? (
                  <button type="button" className="link-button" onClick={() => onOpen(result)}>
                    {label}
                  </button>
                ) : (
                  label
                )}
              </th>
              <td>
                <span className="dot-results-bar" style={{ width: `${Math.round((result.dots / most) * 100)}%` }} aria-hidden="true" />
                {result.dots}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
