import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { ProcessWorkspace } from '@/components/map/process-workspace';
import { currentUser } from '@/server/auth/auth';
import { getPublicProcess } from '@/server/domain/processes/get-process';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const process = await getPublicProcess((await params).slug);
  // Here too, so the 404 page gets its own title rather than an empty one.
  if (!process) notFound();
  return { title: process.title };
}

export default async function ProcessPage({ params }: Props) {
  const process = await getPublicProcess((await params).slug);
  if (!process) notFound();
  const user = await currentUser();
  return <ProcessWorkspace process={process} me={user && { id: user.id, name: user.name, role: user.role }} />;
}
