import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale } from 'next-intl/server';

import { ProcessWorkspace } from '@/components/map/process-workspace';
import { titleFor } from '@/lib/process/localized';
import { getPublicProcess } from '@/server/domain/processes/get-process';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const process = await getPublicProcess((await params).slug);
  // Here too, so the 404 page gets its own title rather than an empty one.
  if (!process) notFound();
  return { title: titleFor(process, await getLocale()) };
}

export default async function ProcessPage({ params }: Props) {
  const process = await getPublicProcess((await params).slug);
  if (!process) notFound();
  return <ProcessWorkspace process={process} />;
}
