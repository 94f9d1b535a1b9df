import type { ReactNode } from 'react';

import { LiveQueries } from '@/components/live-events/live-queries';
import { ProcessProvider } from '@/components/process/process-context';
import { viewingSubject } from '@/server/auth/actor';
import { getPublicProcess } from '@/server/domain/processes/get-process';

/** Every page of a process shares the rules of who may do what and one query cache kept current by change signals. */
export default async function ProcessLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const process = await getPublicProcess(slug);
  if (!process) return children;
  return (
    <ProcessProvider slug={slug} process={{ id: process.id, status: process.status }} viewer={await viewingSubject()}>
      <LiveQueries slug={slug}>{children}</LiveQueries>
    </ProcessProvider>
  );
}
