import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';

import { PresenterView } from '@/components/live/presenter-view';
import { facilitatedProcess } from '@/server/http/facilitator-page';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('live.present'))('title') };
}

/** The projector's screen, opened by the facilitator on the room's computer. */
export default async function PresentRoute({ params }: Props) {
  const { slug } = await params;
  const process = await facilitatedProcess(slug, '/live/present');
  return <PresenterView process={process} />;
}
