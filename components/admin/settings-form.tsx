'use client';

import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';

import { sendJson } from '@/lib/http/send-json';
import type { InstallationSettings } from '@/lib/schemas/installation-settings';
import { FormError } from '@/components/ui/form-error';

export function SettingsForm({ initial }: { initial: InstallationSettings }) {
  const t = useTranslations('settings');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setFailure(null);
    setSaved(false);
    try {
      await sendJson('/api/settings', 'PATCH', { controllerName: form.get('controllerName'), controllerContact: form.get('controllerContact') });
      setSaved(true);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form" onSubmit={submit}>
      <label>
        {t('controllerName')}
        <input name="controllerName" defaultValue={initial.controllerName} maxLength={200} />
      </label>
      <label>
        {t('controllerContact')}
        <textarea name="controllerContact" defaultValue={initial.controllerContact} maxLength={500} rows={3} aria-describedby="controller-contact-hint" />
        <span id="controller-contact-hint" className="hint">{t('controllerContactHint')}</span>
      </label>
      <FormError failure={failure} />
      <p role="status">{saved ? t('saved') : ''}</p>
      <button type="submit" className="button" disabled={busy}>{t('save')}</button>
    </form>
  );
}
