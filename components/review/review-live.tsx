'use client';

// What came from live sessions in the chosen period, beside the review's other figures.
import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';

import type { ReviewLive } from '@/server/review/review-live';

export function ReviewLiveFigures({ live, slug }: { live: ReviewLive; slug: string }) {
  const t = useTranslations('review.live');
  const sessions = useTranslations('live.sessions');
  const format = useFormatter();
  const figures: [string, number][] = [
    [t('sessions'), live.sessions],
    [t('registered'), live.participants.registered],
    [t('guests'), live.participants.guests],
    [t('dots'), live.dots],
  ];
  return (
    <section aria-labelledby="review-live-title" data-testid="review-live">
      <h2 id="review-live-title">{t('title')}</h2>
      <p className="hint">{t('note')}</p>
      <dl className="review-figures">
        {figures.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {live.latest.length > 0 && (
        <ul className="review-live-sessions">
          {live.latest.map((session) => (
            <li key={session.id}>
              <Link href={`/p/${slug}/live/${session.id}`}>{session.title}</Link>{' '}
              <span className={`badge badge-${session.status}`}>{sessions(`status.${session.status as 'live' | 'ended'}`)}</span>{' '}
              <span className="hint">
                {session.startedAt && t('startedAt', { when: format.dateTime(new Date(session.startedAt), { dateStyle: 'medium', timeStyle: 'short' }) })} ·{' '}
                {sessions('participants', { count: session.participants })}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href={`/p/${slug}/live/sessions`}>{sessions('link')}</Link>
      </p>
    </section>
  );
}
