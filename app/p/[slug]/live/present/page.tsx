import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';

import { PresenterView } from '@/components/live/presenter-view';
import { allowed } from '@/lib/policy/decide';
import { currentSubject } from '@/server/auth/subject';
import { getPublicProcess } from '@/server/domain/processes/get-process';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('live.present'))('title') };
}

/** The projector's screen, opened by the facilitator on the room's computer. */
export default async function PresentRoute({ params }: Props) {
  const { slug } = await params;
  const process = await getPublicProcess(slug);
  if (!process) notFound();
  const subject = await currentSubject();
  if (!subject) redirect(`/signin?next=/p/${slug}/live/present`);
  if (!allowed(subject, 'session.run', { process })) notFound();
  return <PresenterView process={process} />;
}
