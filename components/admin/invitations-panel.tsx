'use client';

// The invitations page's form and list share one query cache, so a new link shows in the list at once.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';

import { InvitationForm } from './invitation-form';
import { InvitationList } from './invitation-list';

export function InvitationsPanel() {
  const t = useTranslations('invitations');
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, refetchOnWindowFocus: false, retry: 1 } } }));
  return (
    <QueryClientProvider client={client}>
      <InvitationForm />
      <h2>{t('recent')}</h2>
      <InvitationList />
    </QueryClientProvider>
  );
}
