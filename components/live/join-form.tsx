'use client';

// Joining a live session: the code (from the projector or the QR code) and the name others will see.
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';

import { sendJson } from '@/lib/http/send-json';
import { normalizeCode } from '@/lib/live/typed-code';

import { FormError } from '../ui/form-error';

export function JoinForm({ initialCode }: { initialCode: string }) {
  const t = useTranslations('live.join');
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const code = normalizeCode(String(form.get('code') ?? ''));
    const name = String(form.get('name') ?? '').trim();
    setFailure(null);
    if (!code) return setProblem(t('codeMissing'));
    if (!name) return setProblem(t('nameMissing'));
    setProblem(null);
    setBusy(true);
    try {
      const joined = await sendJson<{ process: string }>('/api/join', 'POST', { code, name });
      router.push(`/p/${encodeURIComponent(joined.process)}`);
      // Every server-rendered part (the top bar, the rules) reads the new signed-in session.
      router.refresh();
    } catch (error) {
      setFailure(error);
      setBusy(false);
    }
  }

  return (
    <form className="form join-form" onSubmit={submit} noValidate>
      <label>
        {t('code')}
        <input name="code" className="join-code-input" defaultValue={initialCode} autoComplete="off" autoCapitalize="characters" spellCheck={false} maxLength={12} required aria-describedby="join-code-hint" />
      </label>
      <p id="join-code-hint" className="hint">
        {t('codeHint')}
      </p>
      <label>
        {t('name')}
        <input name="name" autoComplete="nickname" maxLength={60} required aria-describedby="join-name-hint" />
      </label>
      <p id="join-name-hint" className="hint">
        {t('nameHint')}
      </p>
      <FormError message={problem} failure={failure} />
      <button type="submit" className="button join-submit" disabled={busy}>
        {busy ? t('joining') : t('submit')}
      </button>
    </form>
  );
}
