'use client';

// The person's choice of notification mails (none, at once, a daily digest), saved with a clear confirmation.
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';

import { sendJson } from '@/lib/http/send-json';
import { FormError } from '@/components/ui/form-error';

const MODES = ['immediate', 'daily', 'none'] as const;
type Mode = (typeof MODES)[number];

export function NotifyModeForm({ initial }: { initial: Mode }) {
  const t = useTranslations('mailPrefs');
  const [mode, setMode] = useState<Mode>(initial);
  const [saved, setSaved] = useState<Mode | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    setSaved(null);
    try {
      const answer = await sendJson<{ notifyMode: Mode }>('/api/me', 'PATCH', { notifyMode: mode });
      setSaved(answer.notifyMode);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="stack-form" onSubmit={submit}>
      <fieldset className="choice-list">
        <legend>{t('notifyLabel')}</legend>
        {MODES.map((option) => (
          <label key={option}>
            <input type="radio" name="notifyMode" value={option} checked={mode === option} onChange={() => { setMode(option); setSaved(null); }} /> {t(option)}
          </label>
        ))}
      </fieldset>
      <FormError failure={failure} />
      <div>
        <button type="submit" className="button" disabled={busy}>{t('save')}</button>
      </div>
      <p role="status" className="hint">{saved ? t('savedMode', { mode: t(saved) }) : ''}</p>
    </form>
  );
}
