import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';

import { db } from '@/server/db';

/** The person's proposals that officials answered, the latest answer first, with the answer itself. */
export async function MyAnswers({ userId }: { userId: string }) {
  const t = await getTranslations();
  const format = await getFormatter();
  const answers = await db.officialAnswer.findMany({
    where: { proposal: { authorId: userId, hiddenAt: null } },
    orderBy: { createdAt: 'desc' },
    take: 50,
    select: { id: true, body: true, status: true, createdAt: true, proposal: { select: { id: true, title: true, process: { select: { slug: true } } } } },
  });
  return (
    <section aria-labelledby="my-answers">
      <h2 id="my-answers">{t('me.answers')}</h2>
      {answers.length === 0 ? <p className="hint">{t('me.none')}</p> : (
        <ul data-testid="my-answers">
          {answers.map((answer) => (
            <li key={answer.id}>
              <Link href={`/p/${answer.proposal.process.slug}/proposals/${answer.proposal.id}`}>{answer.proposal.title}</Link>{' · '}
              {t('me.answerSummary', { status: t(`participation.status.${answer.status}`), date: format.dateTime(answer.createdAt, { dateStyle: 'long' }) })}
              <p className="comment-body">{answer.body.length > 280 ? `${answer.body.slice(0, 280)}…` : answer.body}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
