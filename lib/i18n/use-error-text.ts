'use client';

import { useTranslations } from 'next-intl';
import { useCallback } from 'react';

import { errorText, type ErrorTranslator } from './error-text';

/** `const errorText = useErrorText(); … catch (failure) { setError(errorText(failure)); }` */
export function useErrorText(): (failure: unknown) => string {
  const t: ErrorTranslator = useTranslations();
  return useCallback((failure: unknown) => errorText(t, failure), [t]);
}
