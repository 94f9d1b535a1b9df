'use client';

// What the author may still do with their proposal: change its words until it is answered,
// withdraw it (after confirming) until it is decided.
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type FormEvent } from 'react';

import { sendJson } from '@/lib/http/send-json';
import type { Category } from '@/lib/schemas/process';

import { FormError } from '../ui/form-error';
import { ProposalFields } from './proposal-fields';

type Props = {
  proposalId: string;
  mayEdit: boolean;
  mayWithdraw: boolean;
  categories: Category[];
  initial: { title: string; body: string; category: string };
};

export function ProposalAuthorTools({ proposalId, mayEdit, mayWithdraw, categories, initial }: Props) {
  const t = useTranslations('participation.author');
  const router = useRouter();
  const [step, setStep] = useState<'idle' | 'editing' | 'confirming'>('idle');
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (step === 'confirming') question.current?.focus();
  }, [step]);

  async function send(body: unknown) {
    setBusy(true);
    try {
      await sendJson(`/api/proposals/${proposalId}`, 'PATCH', body);
      setFailure(null);
      setStep('idle');
      router.refresh();
    } catch (refusal) {
      setFailure(refusal);
    } finally {
      setBusy(false);
    }
  }

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void send({ title: form.get('title'), body: form.get('body'), category: form.get('category') });
  }

  if (!mayEdit && !mayWithdraw) return null;
  if (step === 'editing') {
    return (
      <form className="form" onSubmit={save} aria-labelledby="edit-proposal-title">
        <h2 id="edit-proposal-title">{t('editTitle')}</h2>
        <p className="hint">{t('editHint')}</p>
        <ProposalFields categories={categories} initial={initial} />
        <FormError failure={failure} />
        <div className="form-actions">
          <button type="submit" className="button" disabled={busy}>{t('save')}</button>
          <button type="button" className="button button-quiet" onClick={() => setStep('idle')}>{t('cancel')}</button>
        </div>
      </form>
    );
  }
  if (step === 'confirming') {
    return (
      <div className="form" role="group" aria-labelledby="withdraw-question">
        <p id="withdraw-question" ref={question} tabIndex={-1}>{t('withdrawConfirm')}</p>
        <FormError failure={failure} />
        <div className="form-actions">
          <button type="button" className="button button-danger" disabled={busy} onClick={() => void send({ status: 'withdrawn' })}>{t('withdrawYes')}</button>
          <button type="button" className="button button-quiet" onClick={() => setStep('idle')}>{t('keep')}</button>
        </div>
      </div>
    );
  }
  return (
    <div className="form-actions">
      {mayEdit && <button type="button" className="button button-quiet" onClick={() => setStep('editing')}>{t('edit')}</button>}
      {mayWithdraw && <button type="button" className="button button-quiet" onClick={() => setStep('confirming')}>{t('withdraw')}</button>}
    </div>
  );
}
