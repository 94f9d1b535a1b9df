import { getTranslations } from 'next-intl/server';

import './export-links.css';

const FILES = [
  ['marksCsv', 'csv', 'marks'],
  ['marksGeojson', 'geojson', 'marks'],
  ['proposalsCsv', 'csv', 'proposals'],
  ['proposalsGeojson', 'geojson', 'proposals'],
  ['commentsCsv', 'csv', 'comments'],
] as const;

/** The councillors' downloads of a process's contributions (GET /api/processes/<slug>/export). */
export async function ExportLinks({ slug }: { slug: string }) {
  const t = await getTranslations('report');
  return (
    <nav aria-label={t('downloads')} className="export-links">
      <ul>
        {FILES.map(([label, format, what]) => (
          <li key={label}>
            <a href={`/api/processes/${encodeURIComponent(slug)}/export?format=${format}&what=${what}`} download>{t(label)}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
