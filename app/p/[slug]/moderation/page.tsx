import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';

import { ModerationQueue } from '@/components/moderation/moderation-queue';
import { allowed } from '@/lib/policy/decide';
import { currentSubject } from '@/server/auth/subject';
import { getPublicProcess } from '@/server/domain/processes/get-process';

export default async function ModerationPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const process = await getPublicProcess(slug);
  if (!process) notFound();
  const subject = await currentSubject();
  if (!subject) redirect(`/signin?next=/p/${slug}/moderation`);
  if (!allowed(subject, 'content.moderate', { process })) notFound();
  const t = await getTranslations('participation');
  return (
    <div className="page">
      <p><Link href={`/p/${slug}`}>{t('proposals.back')}</Link></p>
      <ModerationQueue slug={slug} />
    </div>
  );
}
