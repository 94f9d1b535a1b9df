import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';

import { SessionSummary } from '@/components/live/session-summary';
import { allowed } from '@/lib/policy/decide';
import { currentSubject } from '@/server/auth/subject';
import { getPublicProcess } from '@/server/domain/processes/get-process';

type Props = { params: Promise<{ slug: string; id: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations('live.summary'))('title') };
}

/** An ended session's summary, for the process's staff (councillors read it later from the process). */
export default async function SessionSummaryRoute({ params }: Props) {
  const { slug, id } = await params;
  const process = await getPublicProcess(slug);
  if (!process) notFound();
  const subject = await currentSubject();
  if (!subject) redirect(`/signin?next=/p/${slug}/live/${id}`);
  if (!allowed(subject, 'process.review', { process })) notFound();
  const t = await getTranslations('live.summary');
  return (
    <div className="page">
      <p>
        <Link href={`/p/${slug}/live/sessions`}>{t('back')}</Link>
      </p>
      <SessionSummary slug={slug} id={id} />
    </div>
  );
}
