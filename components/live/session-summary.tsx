'use client';

// An ended session's summary: how many took part (guests counted, never named), what was added in
// each phase (dots included), and each revealed dot-vote round's ranking, items named as in the room.
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';

import { fetchJson } from '@/lib/http/send-json';
import type { RevealedResult } from '@/lib/live/dot-round';

import { DotResults } from './dot-results';
import './session-summary.css';

type PhaseFigures = { id: string; title: string; marks?: number; comments?: number; proposals?: number; supports?: number; dots?: number };
type Round = { id: string; results?: RevealedResult[] };
export type Summary = {
  title?: string;
  participants?: { total?: number; guests?: number; accounts?: number } | number;
  phases?: PhaseFigures[];
  /** The server's name for the revealed rounds; `rounds` in summaries kept before it had one. */
  dotRounds?: Round[];
  rounds?: Round[];
};

const FIGURES = ['marks', 'comments', 'proposals', 'supports', 'dots'] as const;

export function SessionSummary({ slug, id }: { slug: string; id: string }) {
  const t = useTranslations('live.summary');
  const url = `/api/processes/${encodeURIComponent(slug)}/sessions/${encodeURIComponent(id)}/summary`;
  const { data, isPending } = useQuery({ queryKey: ['live', slug, 'summary', id], queryFn: () => fetchJson<Summary>(url) });
  if (isPending) return <p role="status">{t('loading')}</p>;
  if (!data) return <p role="alert">{t('missing')}</p>;
  const people = typeof data.participants === 'number' ? { total: data.participants } : (data.participants ?? {});
  const rounds = data.dotRounds ?? data.rounds ?? [];
  return (
    <div className="session-summary" data-testid="session-summary">
      {data.title && <h1>{data.title}</h1>}
      <p className="summary-figure" data-testid="summary-participants">
        {t('participants', { count: people.total ?? 0 })}
        {people.guests !== undefined && ` ${t('guests', { count: people.guests })}`}
      </p>
      {data.phases && data.phases.length > 0 && (
        <section className="summary-card" aria-labelledby="summary-phases">
          <h2 id="summary-phases">{t('phasesCaption')}</h2>
          <table className="summary-table">
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
        </section>
      )}
      {rounds.map((round, index) => (
        <section key={round.id} className="summary-card" aria-labelledby={`round-${round.id}`} data-testid="summary-round">
          <h2 id={`round-${round.id}`}>{rounds.length > 1 ? t('round', { number: index + 1 }) : t('roundOnly')}</h2>
          <DotResults results={round.results ?? []} />
        </section>
      ))}
    </div>
  );
}
