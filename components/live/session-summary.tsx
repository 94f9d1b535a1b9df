'use client';

// An ended session's summary: how many took part (guests counted, never named), what was added in
// each phase, and the dot-vote results.
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';

import { fetchJson } from '@/lib/http/send-json';

type PhaseFigures = { id: string; title: string; marks?: number; comments?: number; proposals?: number; supports?: number };
type Ranked = { itemType: string; itemId: string; title?: string; dots: number };
export type Summary = {
  title?: string;
  participants?: { total?: number; guests?: number; accounts?: number } | number;
  phases?: PhaseFigures[];
  rounds?: { id: string; results?: Ranked[] }[];
};

const FIGURES = ['marks', 'comments', 'proposals', 'supports'] as const;

export function SessionSummary({ slug, id }: { slug: string; id: string }) {
  const t = useTranslations('live.summary');
  const url = `/api/processes/${encodeURIComponent(slug)}/sessions/${encodeURIComponent(id)}/summary`;
  const { data, isPending } = useQuery({ queryKey: ['live', slug, 'summary', id], queryFn: () => fetchJson<Summary>(url) });
  if (isPending) return <p role="status">{t('loading')}</p>;
  if (!data) return <p role="alert">{t('missing')}</p>;
  const people = typeof data.participants === 'number' ? { total: data.participants } : (data.participants ?? {});
  return (
    <div className="session-summary" data-testid="session-summary">
      {data.title && <h1>{data.title}</h1>}
      <p className="summary-figure" data-testid="summary-participants">
        {t('participants', { count: people.total ?? 0 })}
        {people.guests !== undefined && ` ${t('guests', { count: people.guests })}`}
      </p>
      {data.phases && data.phases.length > 0 && (
        <table>
          <caption>{t('phasesCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('phase')}</th>
              {FIGURES.map((figure) => (
                <th key={figure} scope="col">
                  {t(`figures.${figure}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.phases.map((phase) => (
              <tr key={phase.id}>
                <th scope="row">{phase.title}</th>
                {FIGURES.map((figure) => (
                  <td key={figure}>{phase[figure] ?? 0}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {data.rounds?.map((round, index) => (
        <section key={round.id} aria-labelledby={`round-${round.id}`}>
          <h2 id={`round-${round.id}`}>{t('round', { number: index + 1 })}</h2>
          <ol className="summary-ranking">
            {(round.results ?? []).map((result) => (
              <li key={`${result.itemType}:${result.itemId}`}>
                {result.title ?? t(`item.${result.itemType === 'proposal' ? 'proposal' : result.itemType === 'mark' ? 'mark' : 'feature'}`)} — {t('dots', { count: result.dots })}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
