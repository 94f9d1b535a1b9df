import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { ProcessWorkspace } from '@/components/map/process-workspace';
import { getPublicProcess } from '@/server/domain/processes/get-process';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const process = await getPublicProcess((await params).slug);
  return { title: process?.title };
}

export default async function ProcessPage({ params }: Props) {
  const process = await getPublicProcess((await params).slug);
  if (!process) notFound();
  return <ProcessWorkspace process={process} />;
}
