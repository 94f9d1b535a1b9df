'use client';

// /p/<slug>/live: the facilitator prepares sessions, starts one and steers it beside the same map
// everyone sees; ended sessions keep their summary.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';

import { refetchAfterChange } from '@/components/live-events/refetch-after-change';
import { ProcessWorkspace } from '@/components/map/process-workspace';
import { fetchJson, sendJson } from '@/lib/http/send-json';
import { queryKeys } from '@/components/live-events/query-keys';
import type { ProcessView } from '@/lib/schemas/process';

import { FormError } from '../ui/form-error';
import { AgendaEditor, type SessionDraft } from './agenda-editor';
import { SessionConsole } from './session-console';
import { SessionList, type SessionItem } from './session-list';

export function LiveConsolePage({ process }: { process: ProcessView }) {
  const t = useTranslations('live.console');
  const router = useRouter();
  const client = useQueryClient();
  const base = `/api/processes/${encodeURIComponent(process.slug)}/sessions`;
  const key = queryKeys.liveSessions(process.slug);
  const { data } = useQuery({ queryKey: key, queryFn: () => fetchJson<{ items: SessionItem[] }>(base) });
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const items = data?.items ?? [];
  const running = items.find((item) => item.status === 'live');

  const act = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setFailure(null);
    try {
      await action();
      await refetchAfterChange(client, ['live', process.slug]);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };
  const create = (draft: SessionDraft, start: boolean) => act(() => sendJson(base, 'POST', { title: draft.title, phases: draft.phases, start }));
  const start = (id: string) => act(() => sendJson(`${base}/${encodeURIComponent(id)}/start`, 'POST'));

  return (
    <ProcessWorkspace
      process={process}
      steering
      aside={(context) =>
        running ? (
          <SessionConsole context={context} sessionId={running.id} title={running.title} code={running.code} joinClosed={running.joinClosed} onEnded={(id) => router.push(`/p/${process.slug}/live/${id}`)} />
        ) : (
          <aside className="side-panel live-console" aria-labelledby="console-title" data-testid="live-console">
            <h1 id="console-title">{t('title')}</h1>
            <FormError failure={failure} />
            <h2>{t('sessions')}</h2>
            <SessionList slug={process.slug} items={items} onStart={(id) => void start(id)} busy={busy} />
            <AgendaEditor onCreate={create} busy={busy} />
          </aside>
        )
      }
    />
  );
}
