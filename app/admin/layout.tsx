import { notFound, redirect } from 'next/navigation';
import type { ReactNode } from 'react';

import { AdminNav } from '@/components/admin/admin-nav';
import { ClientMessages } from '@/components/i18n/client-messages';
import { decideInstallation } from '@/lib/policy/decide';
import { requestSubject } from '@/server/http/request-person';

export const dynamic = 'force-dynamic';

// Every page under /admin is for admins: others are sent to sign in or told there is nothing here.
// Route handlers do not pass through this layout: each API route asks the policy itself.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const subject = await requestSubject();
  const decision = decideInstallation(subject, 'admin.enter');
  if (!decision.ok && decision.status === 401) redirect('/signin?next=/admin');
  if (!decision.ok) notFound();
  return (
    <ClientMessages section="admin">
      <div className="page admin-page">
        <AdminNav />
        {children}
      </div>
    </ClientMessages>
  );
}
