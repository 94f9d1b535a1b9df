import { getFormatter, getTranslations } from 'next-intl/server';

import type { ProcessView } from '@/lib/schemas/process';
import type { OutcomePage } from '@/server/domain/outcomes/list-outcomes';

/** The answered proposals with their official answers, latest first. */
export async function ReportAnswers({ process, answered }: { process: ProcessView; answered: OutcomePage }) {
  const t = await getTranslations('report');
  const status = await getTranslations('participation.status');
  const format = await getFormatter();
  if (answered.total === 0) return <p className="hint">{t('noAnswers')}</p>;
  return (
    <>
      <ol className="report-answers">
        {answered.outcomes.map((outcome) => (
          <li key={outcome.id}>
            <h3>{outcome.title}</h3>
            <p className="meta">
              <span className={`status status-${outcome.answer.status}`}>{status(outcome.answer.status)}</span>
              <span>{format.dateTime(new Date(outcome.answer.createdAt), { dateStyle: 'long' })}</span>
              <span>{process.categories.find((c) => c.id === outcome.category)?.label}</span>
            </p>
            <p className="proposal-body">{outcome.answer.body}</p>
          </li>
        ))}
      </ol>
      {answered.total > answered.outcomes.length && <p className="hint">{t('moreAnswers', { count: answered.total - answered.outcomes.length, url: `/p/${process.slug}/outcomes` })}</p>}
    </>
  );
}
