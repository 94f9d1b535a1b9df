'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';

import { BODY_MAX, TITLE_MAX } from '@/lib/schemas/participation';
import type { Geometry } from '@/lib/geo/geometry';
import type { Category } from '@/lib/schemas/process';

import { sendJson } from '@/lib/http/send-json';
import { FormError } from '../ui/form-error';

type Initial = { title: string; body: string; category: string; geometry: Geometry | null; placeNote: string };

export function ProposalForm({ slug, categories, initial }: { slug: string; categories: Category[]; initial?: Initial }) {
  const t = useTranslations('participation.form');
  const router = useRouter();
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const form = new FormData(event.currentTarget);
    setBusy(true);
    try {
      const { proposal } = await sendJson<{ proposal: { id: string } }>(`/api/processes/${slug}/proposals`, 'POST', {
        title: form.get('title'),
        body: form.get('body'),
        category: form.get('category'),
        geometry: initial?.geometry ?? null,
        publish: submitter?.value === 'publish',
      });
      router.push(`/p/${slug}/proposals/${proposal.id}`);
    } catch (refusal) {
      setFailure(refusal);
      setBusy(false);
    }
  }

  return (
    <form className="form" onSubmit={submit}>
      <label>
        {t('titleLabel')}
        <input name="title" required maxLength={TITLE_MAX} aria-describedby="title-limit" defaultValue={initial?.title} />
        <span id="title-limit" className="hint">{t('limit', { max: TITLE_MAX })}</span>
      </label>
      <label>
        {t('bodyLabel')}
        <textarea name="body" required maxLength={BODY_MAX} rows={8} aria-describedby="body-limit" defaultValue={initial?.body} />
        <span id="body-limit" className="hint">{t('limit', { max: BODY_MAX })}</span>
      </label>
      <label>
        {t('category')}
        <select name="category" defaultValue={initial?.category ?? categories[0]?.id}>
          {categories.map((c) => (
            <option key={c.id} value={c.id}>{c.label}</option>
          ))}
        </select>
      </label>
      {initial?.placeNote && <p className="hint">{initial.placeNote}</p>}
      <FormError failure={failure} />
      <div className="form-actions">
        <button type="submit" name="intent" value="publish" className="button" disabled={busy}>{t('publish')}</button>
        <button type="submit" name="intent" value="draft" className="button button-quiet" disabled={busy}>{t('saveDraft')}</button>
      </div>
    </form>
  );
}
