import type { ReactNode } from 'react';

import { ClientMessages } from '@/components/i18n/client-messages';
import { LiveQueries } from '@/components/live-events/live-queries';
import { ProcessProvider } from '@/components/process/process-context';
import { getPublicProcess } from '@/server/domain/processes/get-process';
import { personLater, requestViewer } from '@/server/http/request-person';

/** Every page of a process shares the rules of who may do what and one query cache kept current by change signals. */
export default async function ProcessLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const process = await getPublicProcess(slug);
  // A render shared between people (server/web/anonymous-page-cache.ts) reads nobody: the browser asks /api/me.
  const later = await personLater();
  return (
    <ClientMessages section="process">
      {process ? (
        <ProcessProvider slug={slug} process={{ id: process.id, status: process.status }} viewer={later ? null : await requestViewer()} later={later}>
          <LiveQueries slug={slug}>{children}</LiveQueries>
        </ProcessProvider>
      ) : (
        children
      )}
    </ClientMessages>
  );
}
