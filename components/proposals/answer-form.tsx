'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useId, useState, type FormEvent } from 'react';

import { nextStatuses, type ProposalStatus } from '@/lib/participation/proposal-lifecycle';

import { sendJson } from '@/lib/http/send-json';
import { FormError } from '../ui/form-error';

export type AnswerLayer = { id: string; name: string; visibleByDefault: boolean };

/**
 * An official answers a proposal and moves it on in one step, choosing the layers shown with the answer
 * (without `layers`, the process's default layers go with it). `onAnswered` lets a page that fetched the
 * proposal itself (the review) refresh what it shows.
 */
export function AnswerForm({ proposalId, status, onAnswered, layers = [] }: { proposalId: string; status: ProposalStatus; onAnswered?: () => void; layers?: AnswerLayer[] }) {
  const t = useTranslations('participation');
  const titleId = useId();
  const router = useRouter();
  const options = nextStatuses(status);
  const [failure, setFailure] = useState<unknown>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const form = new FormData(element);
    try {
      await sendJson(`/api/proposals/${proposalId}/status`, 'POST', { status: form.get('status'), answer: form.get('answer'), ...(layers.length > 0 ? { layerIds: form.getAll('layer') } : {}) });
      setFailure(null);
      element.reset();
      router.refresh();
      onAnswered?.();
    } catch (refusal) {
      setFailure(refusal);
    }
  }

  if (options.length === 0) return null;
  return (
    <form className="form answer-form" onSubmit={submit} aria-labelledby={titleId}>
      <h2 id={titleId}>{t('answer.give')}</h2>
      <label>
        {t('answer.status')}
        <select name="status" defaultValue={options[0]}>
          {options.map((option) => (
            <option key={option} value={option}>{t(`status.${option}`)}</option>
          ))}
        </select>
      </label>
      <label>
        {t('answer.body')}
        <textarea name="answer" rows={4} required maxLength={10000} />
      </label>
      {layers.length > 0 && (
        <fieldset className="answer-layers">
          <legend>{t('answer.layers')}</legend>
          <p className="hint">{t('answer.layersHint')}</p>
          {layers.map((layer) => (
            <label key={layer.id} className="checkbox">
              <input type="checkbox" name="layer" value={layer.id} defaultChecked={layer.visibleByDefault} /> {layer.name}
            </label>
          ))}
        </fieldset>
      )}
      <FormError failure={failure} />
      <button type="submit" className="button">{t('answer.submit')}</button>
    </form>
  );
}

export function PublishDraftButton({ proposalId }: { proposalId: string }) {
  const t = useTranslations('participation.form');
  const router = useRouter();
  const [failure, setFailure] = useState<unknown>(null);
  const publish = async () => {
    try {
      await sendJson(`/api/proposals/${proposalId}/status`, 'POST', {});
      router.refresh();
    } catch (refusal) {
      setFailure(refusal);
    }
  };
  return (
    <>
      <button type="button" className="button" onClick={publish}>
        {t('publishDraft')}
      </button>
      <FormError failure={failure} />
    </>
  );
}
