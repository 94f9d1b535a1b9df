'use client';

// Confirms the address with the link's token. A button, not the page load: mail scanners that open
// links must not use up a single-use link.
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useState } from 'react';

import { sendJson } from '@/lib/http/send-json';

import { FormError } from '../ui/form-error';

export function ConfirmEmailButton({ token }: { token: string }) {
  const t = useTranslations('confirmEmail');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  async function confirm() {
    setBusy(true);
    setFailure(null);
    try {
      await sendJson('/api/email-confirmation', 'POST', { token });
      setDone(true);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  if (done) {
    return (
      <div role="status">
        <p className="notice">{t('done')}</p>
        <p><Link href="/me">{t('toMe')}</Link></p>
      </div>
    );
  }
  return (
    <>
      <p>{t('intro')}</p>
      <button type="button" className="button" onClick={confirm} disabled={busy}>{t('submit')}</button>
      <FormError failure={failure} />
    </>
  );
}
