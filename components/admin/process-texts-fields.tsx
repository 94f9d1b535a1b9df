'use client';

// Title, description and question in each language; the main language's are required.
import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';

import { LOCALES, type Locale } from '@/lib/i18n/locales';

import { FormField } from './form-field';
import type { FormValues, Texts } from './process-form-values';

// The editor (Tiptap, ~100 kB) is fetched only when this form is shown.
const DescriptionEditor = dynamic(() => import('./description-editor/description-editor'), { ssr: false, loading: EditorLoading });

function EditorLoading() {
  return <p className="hint description-editor" aria-busy="true">{useTranslations('descriptionEditor')('loading')}</p>;
}

type Props = { values: FormValues; errorOf: (key: string) => string | null; onChange: (locale: Locale, texts: Texts) => void };

export function ProcessTextsFields({ values, errorOf, onChange }: Props) {
  const t = useTranslations('processAdmin');
  const ordered = [values.language, ...LOCALES.filter((locale) => locale !== values.language)];
  return (
    <>
      {ordered.map((locale) => {
        const texts = values.texts[locale];
        const set = (field: keyof Texts) => (event: { target: { value: string } }) => onChange(locale, { ...texts, [field]: event.target.value });
        const main = locale === values.language;
        return (
          <fieldset key={locale} className="admin-fieldset">
            <legend>{main ? t('textsMain', { language: t(`languages.${locale}`) }) : t('textsOther', { language: t(`languages.${locale}`) })}</legend>
            <FormField id={`title-${locale}`} label={t('title')} error={errorOf(`texts.${locale}.title`)}>
              <input value={texts.title} onChange={set('title')} required={main} lang={locale} />
            </FormField>
            <FormField id={`question-${locale}`} label={t('question')} hint={main ? t('questionHint') : undefined} error={errorOf(`texts.${locale}.question`)}>
              <input value={texts.question} onChange={set('question')} lang={locale} />
            </FormField>
            <FormField id={`description-${locale}`} label={t('description')} hint={main ? t('descriptionHint') : undefined} error={errorOf(`texts.${locale}.description`)}>
              <DescriptionEditor value={texts.description} onChange={(description) => onChange(locale, { ...texts, description })} lang={locale} />
            </FormField>
          </fieldset>
        );
      })}
    </>
  );
}
