import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';

import { ProposalForm } from '@/components/proposals/proposal-form';
import { can } from '@/lib/auth/roles';
import { currentUser } from '@/server/auth/auth';
import { getPublicProcess } from '@/server/domain/processes/get-process';

export default async function NewProposalPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const process = await getPublicProcess(slug);
  if (!process) notFound();
  const user = await currentUser();
  if (!user || !can(user.role, 'proposal.create')) redirect(`/signin?next=/p/${slug}/proposals/new`);
  const t = await getTranslations('participation');
  return (
    <div className="page page-narrow">
      <p><Link href={`/p/${slug}`}>{t('proposals.back')}</Link></p>
      <h1>{t('form.title')}</h1>
      <p className="lead">{t('form.intro')}</p>
      <ProposalForm slug={slug} categories={process.categories} />
    </div>
  );
}
