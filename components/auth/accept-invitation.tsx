'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';

import { sendJson } from '@/lib/http/send-json';
import { FormError } from '@/components/ui/form-error';

/** A signed-in person takes the invitation's role. */
export function AcceptInvitation({ token }: { token: string }) {
  const t = useTranslations('invitations');
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  async function accept() {
    setBusy(true);
    setFailure(null);
    try {
      await sendJson('/api/invitations/accept', 'POST', { token });
      router.push('/');
      router.refresh();
    } catch (error) {
      setFailure(error);
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" className="button" onClick={accept} disabled={busy}>{t('accept')}</button>
      <FormError failure={failure} />
    </>
  );
}
