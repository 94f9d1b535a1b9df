'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';

import type { Geometry } from '@/lib/geo/geometry';
import type { Category } from '@/lib/schemas/process';

import { sendJson } from '@/lib/http/send-json';
import { FormError } from '../ui/form-error';
import { ProposalFields } from './proposal-fields';

type Initial = { title: string; body: string; category: string; geometry: Geometry | null; placeNote: string; sourceMark?: string };

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
        sourceMark: initial?.sourceMark,
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
      <ProposalFields categories={categories} initial={initial} />
      {initial?.placeNote && <p className="hint">{initial.placeNote}</p>}
      <FormError failure={failure} />
      <div className="form-actions">
        <button type="submit" name="intent" value="publish" className="button" disabled={busy}>{t('publish')}</button>
        <button type="submit" name="intent" value="draft" className="button button-quiet" disabled={busy}>{t('saveDraft')}</button>
      </div>
    </form>
  );
}
