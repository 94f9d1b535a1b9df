import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';

import { titleFor } from '@/lib/process/localized';
import { AddLayerForm } from '@/components/layers/add-layer-form';
import { LayerListEditor } from '@/components/layers/layer-list-editor';
import { ScenarioEditor } from '@/components/layers/scenario-editor';
import { allowed } from '@/lib/policy/decide';
import { currentSubject } from '@/server/auth/subject';
import { getPublicProcess } from '@/server/domain/processes/get-process';

export default async function LayersPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const process = await getPublicProcess(slug);
  if (!process) notFound();
  const subject = await currentSubject();
  if (!subject) redirect(`/signin?next=/p/${slug}/layers`);
  if (!allowed(subject, 'layer.manage', { process })) notFound();
  const t = await getTranslations('layers.manage');
  return (
    <div className="page manage-page">
      <p>
        <Link href={`/p/${slug}`}>{t('back')}</Link>
      </p>
      <h1>{t('pageTitle', { title: titleFor(process, await getLocale()) })}</h1>
      <LayerListEditor slug={slug} layers={process.layers} />
      <AddLayerForm slug={slug} />
      <ScenarioEditor slug={slug} layers={process.layers} scenarios={process.scenarios} />
    </div>
  );
}
