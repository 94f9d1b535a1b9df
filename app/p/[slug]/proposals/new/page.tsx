import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';

import { ProposalForm } from '@/components/proposals/proposal-form';
import { geometrySchema } from '@/lib/geo/geometry';
import { allowed } from '@/lib/policy/decide';
import { currentSubject } from '@/server/auth/subject';
import { db } from '@/server/db';
import { getPublicProcess } from '@/server/domain/processes/get-process';

export default async function NewProposalPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<{ mark?: string }> }) {
  const { slug } = await params;
  const { mark } = await searchParams;
  const process = await getPublicProcess(slug);
  if (!process) notFound();
  const subject = await currentSubject();
  if (!subject) redirect(`/signin?next=/p/${slug}/proposals/new`);
  // Signed in but not allowed (a closed process, a guest, a blocked account): back to the process.
  if (!allowed(subject, 'proposal.create', { process })) redirect(`/p/${slug}`);
  const t = await getTranslations('participation');
  // Turning a map mark into a proposal: its place, category and words become the starting point.
  const from = mark ? await db.annotation.findFirst({ where: { id: mark.slice(0, 64), processId: process.id, hiddenAt: null } }) : null;
  const initial = from
    ? { title: from.text.split('\n')[0].slice(0, 150), body: from.text, category: from.category, geometry: geometrySchema.parse(JSON.parse(from.geometry)), placeNote: t('form.placeFromMark'), sourceMark: from.id }
    : undefined;
  return (
    <div className="page page-narrow">
      <p><Link href={`/p/${slug}`}>{t('proposals.back')}</Link></p>
      <h1>{t('form.title')}</h1>
      <p className="lead">{t('form.intro')}</p>
      <ProposalForm slug={slug} categories={process.categories} initial={initial} />
    </div>
  );
}
