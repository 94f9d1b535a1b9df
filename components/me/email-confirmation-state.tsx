'use client';

// Whether the person's address is confirmed, with "send the link again" while it is not.
import { useTranslations } from 'next-intl';
import { useState } from 'react';

import { sendJson } from '@/lib/http/send-json';
import { FormError } from '@/components/ui/form-error';

export function EmailConfirmationState({ email, confirmed }: { email: string; confirmed: boolean }) {
  const t = useTranslations('mailPrefs');
  const [answer, setAnswer] = useState<'sent' | 'alreadyConfirmed' | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  async function sendAgain() {
    setBusy(true);
    setFailure(null);
    setAnswer(null);
    try {
      const result = await sendJson<{ confirmed: boolean }>('/api/me/email-confirmation', 'POST');
      setAnswer(result.confirmed ? 'alreadyConfirmed' : 'sent');
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div data-testid="email-confirmation" data-confirmed={confirmed}>
      <p>
        {t('email', { email })} <strong>{confirmed ? t('confirmed') : t('unconfirmed')}</strong>
      </p>
      {!confirmed && (
        <>
          <p className="hint">{t('unconfirmedHint')}</p>
          <button type="button" className="button button-quiet" onClick={sendAgain} disabled={busy}>{t('sendAgain')}</button>
          <FormError failure={failure} />
          <p role="status">{answer ? t(answer) : ''}</p>
        </>
      )}
      <p className="hint">{t('confirmedOnly')}</p>
    </div>
  );
}
