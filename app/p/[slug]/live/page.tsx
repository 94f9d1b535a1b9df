import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';

import { LiveConsolePage } from '@/components/live/live-console-page';
import { facilitatedProcess } from '@/server/http/facilitator-page';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('live.console'))('title') };
}

/** The facilitator's console: facilitators and admins only. */
export default async function LiveConsoleRoute({ params }: Props) {
  const { slug } = await params;
  const process = await facilitatedProcess(slug, '/live');
  return <LiveConsolePage process={process} />;
}
