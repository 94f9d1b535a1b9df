import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';

import { LiveConsolePage } from '@/components/live/live-console-page';
import { allowed } from '@/lib/policy/decide';
import { currentSubject } from '@/server/auth/subject';
import { getPublicProcess } from '@/server/domain/processes/get-process';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('live.console'))('title') };
}

/** The facilitator's console: facilitators and admins only. */
export default async function LiveConsoleRoute({ params }: Props) {
  const { slug } = await params;
  const process = await getPublicProcess(slug);
  if (!process) notFound();
  const subject = await currentSubject();
  if (!subject) redirect(`/signin?next=/p/${slug}/live`);
  if (!allowed(subject, 'session.run', { process })) notFound();
  return <LiveConsolePage process={process} />;
}
