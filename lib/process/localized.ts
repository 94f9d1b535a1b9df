// A process's texts in the reader's language: the translation when there is one, else the main text.
import type { Locale } from '@/lib/i18n/locales';
import { translationsSchema, type Category, type ProcessTranslations } from '@/lib/schemas/process';

type Texts = { title: string; description?: string; question?: string; language?: string; translations?: ProcessTranslations | string };

function translationOf(process: Texts, locale: string) {
  if (!process.translations || process.language === locale) return undefined;
  const all = typeof process.translations === 'string' ? parseTranslations(process.translations) : process.translations;
  return all[locale as Locale];
}

export function parseTranslations(json: string): ProcessTranslations {
  try {
    return translationsSchema.catch({}).parse(JSON.parse(json));
  } catch {
    return {};
  }
}

export const titleFor = (process: Texts, locale: string) => translationOf(process, locale)?.title || process.title;
export const descriptionFor = (process: Texts, locale: string) => translationOf(process, locale)?.description || process.description || '';
export const questionFor = (process: Texts, locale: string) => translationOf(process, locale)?.question || process.question || '';

/** A category's name in the reader's language, else its main label. */
export const categoryLabelFor = (category: Pick<Category, 'label' | 'labels'>, locale: string) => category.labels?.[locale as Locale] || category.label;
