import { getTranslations } from 'next-intl/server';

import type { ProcessView } from '@/lib/schemas/process';
import type { GridCell } from '@/server/domain/report/contribution-grid';

import { StaticMap } from '../map/static-map';

const MARK_COLOUR = '#0072b2';
const PROPOSAL_COLOUR = '#d55e00';

/** The territory with where people spoke: a disc per grid cell, its size growing with the count. */
export async function ReportMap({ process, grid }: { process: ProcessView; grid: GridCell[] }) {
  const t = await getTranslations('report');
  const most = Math.max(1, ...grid.map((cell) => cell.count));
  const items = grid.map((cell, i) => ({
    key: `${cell.kind}-${i}`,
    geometry: { type: 'Point' as const, coordinates: [cell.lon, cell.lat] as [number, number] },
    color: cell.kind === 'mark' ? MARK_COLOUR : PROPOSAL_COLOUR,
    radius: 2.5 + 9 * Math.sqrt(cell.count / most),
  }));
  return (
    <figure className="report-map">
      <StaticMap bounds={process.bounds} items={items} label={t('mapLabel', { marks: grid.filter((c) => c.kind === 'mark').reduce((n, c) => n + c.count, 0) })} />
      <figcaption>
        <span><span className="legend-dot" style={{ background: MARK_COLOUR }} /> {t('legendMarks')}</span>
        <span><span className="legend-dot" style={{ background: PROPOSAL_COLOUR }} /> {t('legendProposals')}</span>
        <span className="hint">{t('legendSize')}</span>
      </figcaption>
    </figure>
  );
}
