import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';

import { answersForPerson } from '@/server/domain/outcomes/answers-for-person';

/** Official answers to the person's proposals and to proposals made from their marks, the latest first. */
export async function MyAnswers({ userId }: { userId: string }) {
  const t = await getTranslations();
  const format = await getFormatter();
  const answers = await answersForPerson(userId);
  return (
    <section aria-labelledby="my-answers">
      <h2 id="my-answers">{t('me.answers')}</h2>
      {answers.length === 0 ? <p className="hint">{t('me.none')}</p> : (
        <ul data-testid="my-answers">
          {answers.map((answer) => (
            <li key={answer.id}>
              <Link href={`/p/${answer.proposal.slug}/proposals/${answer.proposal.id}`}>{answer.proposal.title}</Link>{' · '}
              {t('me.answerSummary', { status: t(`participation.status.${answer.status}`), date: format.dateTime(answer.createdAt, { dateStyle: 'long' }) })}
              {answer.via === 'mark' && <> · {t('me.fromMyMark')}</>}
              <p className="comment-body">{answer.body.length > 280 ? `${answer.body.slice(0, 280)}…` : answer.body}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
