// The process form's values (strings, as inputs hold them) to the API's JSON and back, and a
// refused schema's issues as one message key per field (`categories.0.color`, `translations.fr.title`).
import type { ZodError } from 'zod';

import type { Locale } from '@/lib/i18n/locales';
import { inputIssue, type InputIssue } from '@/lib/errors/input-problem';
import type { Category, ProcessStatus, ProcessView } from '@/lib/schemas/process';

export type Texts = { title: string; description: string; question: string };
export type FormValues = {
  slug: string;
  language: Locale;
  texts: Record<Locale, Texts>;
  status: ProcessStatus;
  opensAt: string;
  closesAt: string;
  bounds: [string, string, string, string];
  territory: ProcessView['territory'];
  categories: Category[];
  allowOppose: boolean;
  basemap: string;
};

const EMPTY_TEXTS: Texts = { title: '', description: '', question: '' };

export function initialValues(process: ProcessView | null, basemap: string): FormValues {
  const texts = { en: { ...EMPTY_TEXTS }, fr: { ...EMPTY_TEXTS }, nl: { ...EMPTY_TEXTS }, de: { ...EMPTY_TEXTS } };
  if (!process) return { slug: '', language: 'en', texts, status: 'draft', opensAt: '', closesAt: '', bounds: ['', '', '', ''], territory: null, categories: [], allowOppose: false, basemap };
  texts[process.language] = { title: process.title, description: process.description, question: process.question };
  for (const [locale, more] of Object.entries(process.translations)) if (locale !== process.language) texts[locale as Locale] = { ...EMPTY_TEXTS, ...more };
  const day = (iso: string | null) => (iso ? iso.slice(0, 10) : '');
  return {
    slug: process.slug, language: process.language, texts, status: process.status, opensAt: day(process.opensAt), closesAt: day(process.closesAt),
    bounds: process.bounds.map(String) as FormValues['bounds'], territory: process.territory, categories: process.categories, allowOppose: process.allowOppose, basemap: process.basemap,
  };
}

const number = (value: string) => (value.trim() === '' ? Number.NaN : Number(value));

/** The JSON the API takes; `status` is sent only when it changes (a change of status is a lifecycle step). */
export function toPayload(values: FormValues, previousStatus: ProcessStatus | null) {
  const main = values.texts[values.language];
  const translations = Object.fromEntries(
    Object.entries(values.texts)
      .filter(([locale, texts]) => locale !== values.language && (texts.title || texts.description || texts.question))
      .map(([locale, texts]) => [locale, Object.fromEntries(Object.entries(texts).filter(([, text]) => text))]),
  );
  return {
    slug: values.slug,
    title: main.title,
    description: main.description,
    question: main.question,
    language: values.language,
    translations,
    ...(values.status !== previousStatus ? { status: values.status } : {}),
    opensAt: values.opensAt || null,
    closesAt: values.closesAt || null,
    bounds: values.bounds.map(number),
    territory: values.territory,
    categories: values.categories,
    allowOppose: values.allowOppose,
    basemap: values.basemap,
  };
}

/** Where the form shows an issue: the path of the input it concerns, main-language texts under their plain name. */
export function fieldKey(path: readonly PropertyKey[], language: Locale): string {
  const parts = path.map(String);
  if (parts[0] === 'bounds') return 'bounds';
  if (parts[0] === 'translations' && parts.length >= 3) return `texts.${parts[1]}.${parts[2]}`;
  if (parts[0] === 'title' || parts[0] === 'description' || parts[0] === 'question') return `texts.${language}.${parts[0]}`;
  return parts.slice(0, 3).join('.');
}

/** Every issue of a refused parse, one per field, as the stable `{ field, problem }` the catalogues translate. */
export function fieldIssues(error: ZodError, language: Locale): Record<string, InputIssue> {
  const issues: Record<string, InputIssue> = {};
  for (const issue of error.issues) {
    const key = fieldKey(issue.path, language);
    issues[key] ??= inputIssue({ issues: [issue] } as ZodError);
  }
  return issues;
}
