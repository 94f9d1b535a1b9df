'use client';

// One labelled input with its hint and its problem right below it, tied by aria-describedby.
import type { ReactElement, ReactNode } from 'react';
import { cloneElement } from 'react';

type Props = { id: string; label: ReactNode; hint?: ReactNode; error?: string | null; children: ReactElement<Record<string, unknown>> };

export function FormField({ id, label, hint, error, children }: Props) {
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="admin-field">
      <label htmlFor={id} id={`${id}-label`}>{label}</label>
      {hint && <p id={`${id}-hint`} className="hint">{hint}</p>}
      {cloneElement(children, { id, 'aria-describedby': described, 'aria-invalid': error ? true : undefined })}
      {error && <p id={`${id}-error`} className="field-error">{error}</p>}
    </div>
  );
}
