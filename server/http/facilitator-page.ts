// The process behind a page only its facilitators and admins open (the live console, the projector's
// screen): a signed-out visitor is sent to sign in and back; anyone else is told there is no such page.
import { notFound, redirect } from 'next/navigation';

import { allowed } from '@/lib/policy/decide';
import { currentSubject } from '@/server/auth/subject';
import { getPublicProcess } from '@/server/domain/processes/get-process';

export async function facilitatedProcess(slug: string, path: string) {
  const process = await getPublicProcess(slug);
  if (!process) notFound();
  const subject = await currentSubject();
  if (!subject) redirect(`/signin?next=/p/${slug}${path}`);
  if (!allowed(subject, 'session.run', { process })) notFound();
  return process;
}
