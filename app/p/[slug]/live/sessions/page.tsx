import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';

import { SessionHistory } from '@/components/live/session-history';
import { allowed } from '@/lib/policy/decide';
import { currentSubject } from '@/server/auth/subject';
import { getPublicProcess } from '@/server/domain/processes/get-process';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations('live.sessions'))('title') };
}

/** The process's live sessions and the summaries of the ended ones, for its staff. */
export default async function SessionsRoute({ params }: Props) {
  const { slug } = await params;
  const process = await getPublicProcess(slug);
  if (!process) notFound();
  const subject = await currentSubject();
  if (!subject) redirect(`/signin?next=/p/${slug}/live/sessions`);
  if (!allowed(subject, 'process.review', { process })) notFound();
  const t = await getTranslations('live.sessions');
  return (
    <div className="page">
      <p>
        <Link href={`/p/${slug}`}>{t('back')}</Link>
      </p>
      <h1>{t('title')}</h1>
      <SessionHistory slug={slug} />
    </div>
  );
}
