'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';

import { apiErrorOf } from '@/lib/errors/api-error';
import { IMAGES_PER_PROPOSAL } from '@/lib/image-type';
import { FormError } from '../ui/form-error';

export function ImageUpload({ proposalId }: { proposalId: string }) {
  const t = useTranslations('participation.images');
  const router = useRouter();
  const [failure, setFailure] = useState<unknown>(null);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const response = await fetch(`/api/proposals/${proposalId}/images`, { method: 'POST', body: new FormData(form) });
    if (!response.ok) return setFailure(await apiErrorOf(response));
    setFailure(null);
    form.reset();
    router.refresh();
  }
  return (
    <details className="image-upload">
      <summary>{t('add')}</summary>
      <form className="form" onSubmit={submit}>
        <label>
          {t('file')}
          <input type="file" name="image" accept="image/png,image/jpeg,image/webp" required />
        </label>
        <label>
          {t('alt')}
          <input name="alt" required maxLength={300} />
        </label>
        <p className="hint">{t('limit', { max: IMAGES_PER_PROPOSAL })}</p>
        <FormError failure={failure} />
        <button type="submit" className="button button-quiet">{t('upload')}</button>
      </form>
    </details>
  );
}
