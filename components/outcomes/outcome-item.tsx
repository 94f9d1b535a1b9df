import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';

import { mapLink } from '@/lib/map/map-link';
import type { ProcessView } from '@/lib/schemas/process';
import type { Outcome } from '@/server/domain/outcomes/list-outcomes';

import { StaticMap } from '../map/static-map';

import './outcomes.css';

/** One answered proposal: what was asked, the official answer, where, and the layers shown with it. */
export async function OutcomeItem({ process, outcome }: { process: ProcessView; outcome: Outcome }) {
  const t = await getTranslations('outcomes');
  const status = await getTranslations('participation.status');
  const format = await getFormatter();
  const category = process.categories.find((c) => c.id === outcome.category);
  const layerNames = process.layers.filter((l) => outcome.layerIds.includes(l.id)).map((l) => l.name);
  return (
    <li className="outcome" data-testid="outcome">
      <article aria-labelledby={`outcome-${outcome.id}`}>
        <h2 id={`outcome-${outcome.id}`}>
          <Link href={`/p/${process.slug}/proposals/${outcome.id}`}>{outcome.title}</Link>
        </h2>
        <p className="meta">
          <span className={`status status-${outcome.answer.status}`}>{status(outcome.answer.status)}</span>
          <span>{t('answeredOn', { date: format.dateTime(new Date(outcome.answer.createdAt), { dateStyle: 'long' }) })}</span>
          {category && <span>{category.label}</span>}
        </p>
        <blockquote className="official-answer">
          <p className="proposal-body">{outcome.answer.body}</p>
        </blockquote>
        {outcome.geometry ? (
          <div className="outcome-place">
            <StaticMap bounds={process.bounds} width={240} label={t('placeOf', { title: outcome.title })} items={[{ key: outcome.id, geometry: outcome.geometry, color: category?.color ?? '#7a3ea8', radius: 6 }]} />
            <p>
              <Link href={mapLink(process.slug, outcome.geometry, undefined, outcome.layerIds)}>{t('showOnMap')}</Link>
            </p>
          </div>
        ) : (
          <p className="hint">{t('noPlace')}</p>
        )}
        <p className="hint">{layerNames.length > 0 ? t('layersShown', { layers: layerNames.join(', ') }) : t('noLayers')}</p>
      </article>
    </li>
  );
}
