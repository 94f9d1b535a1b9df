import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';

import { clientMessages, type ClientSection } from '@/lib/i18n/client-namespaces';

/**
 * Gives the client components below only their section's part of the catalogue (it travels with every page:
 * the whole of it was two thirds of a process page's data). A section's provider replaces the one above it.
 */
export async function ClientMessages({ section, children }: { section: ClientSection; children: ReactNode }) {
  return <NextIntlClientProvider messages={clientMessages(await getMessages(), section)}>{children}</NextIntlClientProvider>;
}
