import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

import { geometrySchema } from '@/lib/geo/geometry';
import { mapLink } from '@/lib/map/map-link';
import { db } from '@/server/db';

export const MARKS_PER_PAGE = 20;

/** The person's own marks, newest first, a page at a time, each linking to its place on its map. */
export async function MyMarks({ userId, page }: { userId: string; page: number }) {
  const t = await getTranslations();
  const [marks, total] = await Promise.all([
    db.annotation.findMany({
      where: { authorId: userId },
      include: { process: { select: { slug: true, title: true } } },
      orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      skip: (page - 1) * MARKS_PER_PAGE,
      take: MARKS_PER_PAGE,
    }),
    db.annotation.count({ where: { authorId: userId } }),
  ]);
  const pages = Math.max(1, Math.ceil(total / MARKS_PER_PAGE));
  return (
    <section aria-labelledby="my-marks">
      <h2 id="my-marks">{t('me.marks')}</h2>
      {marks.length === 0 ? <p className="hint">{t('me.none')}</p> : (
        <ul data-testid="my-marks">
          {marks.map((mark) => {
            const geometry = geometrySchema.safeParse(JSON.parse(mark.geometry));
            return (
              <li key={mark.id}>
                {/* A hidden mark's text stays with the moderators, also on its author's page. */}
                <span className="comment-body">{mark.hiddenAt ? t('participation.moderation.hiddenBy', { reason: mark.hiddenReason ?? '' }) : mark.text}</span>{' '}
                {geometry.success && !mark.hiddenAt && <Link href={mapLink(mark.process.slug, geometry.data, mark.id)}>{t('me.markOnMap', { process: mark.process.title })}</Link>}
              </li>
            );
          })}
        </ul>
      )}
      {pages > 1 && (
        <nav aria-label={t('me.marksPages')} className="form-actions">
          {page > 1 && <Link href={`/me?marks=${page - 1}#my-marks`}>{t('me.newerMarks')}</Link>}
          <span>{t('me.marksPage', { page, pages })}</span>
          {page < pages && <Link href={`/me?marks=${page + 1}#my-marks`}>{t('me.olderMarks')}</Link>}
        </nav>
      )}
    </section>
  );
}
