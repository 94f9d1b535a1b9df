'use client';

import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';

import { sendJson } from '@/lib/http/send-json';
import { useErrorText } from '@/lib/i18n/use-error-text';

export function FlagButton({ targetType, targetId }: { targetType: 'proposal' | 'comment' | 'annotation'; targetId: string }) {
  const t = useTranslations('participation.moderation');
  const errorText = useErrorText();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await sendJson('/api/flags', 'POST', { targetType, targetId, reason });
      setDone(t('flagged'));
    } catch (failure) {
      setDone(errorText(failure));
    }
    setOpen(false);
  }

  if (done) return <span className="hint" role="status">{done}</span>;
  if (!open) return <button type="button" className="link-button" onClick={() => setOpen(true)}>{t('flag')}</button>;
  return (
    <form className="inline-form" onSubmit={submit}>
      <label className="field">
        {t('flagReason')}
        <input value={reason} onChange={(event) => setReason(event.target.value)} required maxLength={500} />
      </label>
      <button type="submit" className="button button-quiet">{t('flagSend')}</button>
    </form>
  );
}
