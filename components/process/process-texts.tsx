'use client';

// A process's title, question and description in the reader's language. The description is HTML
// the server sanitised (server/domain/processes/sanitize-description.ts) before it reached here.
import { useLocale } from 'next-intl';

import { descriptionFor, questionFor, titleFor } from '@/lib/process/localized';
import type { ProcessView } from '@/lib/schemas/process';

type Texts = Pick<ProcessView, 'title' | 'description' | 'question' | 'language' | 'translations'>;

export function ProcessTitle({ process }: { process: Texts }) {
  return <>{titleFor(process, useLocale())}</>;
}

export function ProcessDescription({ process }: { process: Texts }) {
  const locale = useLocale();
  const question = questionFor(process, locale);
  return (
    <>
      {question && <p className="process-question">{question}</p>}
      <div className="process-description" dangerouslySetInnerHTML={{ __html: descriptionFor(process, locale) }} />
    </>
  );
}
