'use client';

import { useErrorText } from '@/lib/i18n/use-error-text';

/**
 * A form's error in plain words, announced to screen readers when it appears: either a sentence
 * the form wrote itself (`message`) or a failed request (`failure`), said in the person's language.
 */
export function FormError({ message, failure }: { message?: string | null; failure?: unknown }) {
  const errorText = useErrorText();
  const text = message || (failure ? errorText(failure) : null);
  if (!text) return null;
  return (
    <p className="form-error" role="alert">
      {text}
    </p>
  );
}
