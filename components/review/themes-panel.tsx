'use client';

// "What about": the main keywords and phrases of what people wrote in the review's filter, in the language
// they wrote them; choosing one lists the items that mention it.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';

import type { reviewThemes } from '@/server/review/review-themes';
import type { Theme } from '@/server/review/themes';

import { useReviewSelection } from './review-selection';
import { ThemeItems } from './theme-items';
import './themes.css';

type Themes = Awaited<ReturnType<typeof reviewThemes>>;

function ThemeList({ title, themes, chosen, onChoose }: { title: string; themes: Theme[]; chosen: string | null; onChoose: (theme: Theme) => void }) {
  const t = useTranslations('themes');
  return (
    <div>
      <h3>{title}</h3>
      {themes.length === 0 ? (
        <p className="review-empty">{t('none')}</p>
      ) : (
        <ul className="theme-list">
          {themes.map((theme) => (
            <li key={theme.key}>
              <button type="button" className="theme-chip" aria-pressed={chosen === theme.key} lang={theme.language} onClick={() => onChoose(theme)}>
                {theme.text} <span className="review-count">{t('mentions', { count: theme.count })}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function ThemesPanel() {
  const t = useTranslations('themes');
  const { slug, query } = useReviewSelection();
  const [language, setLanguage] = useState('');
  const [chosen, setChosen] = useState<Theme | null>(null);
  const themes = useQuery({
    queryKey: ['review', slug, 'themes', query, language],
    placeholderData: keepPreviousData,
    queryFn: async () => {
      const params = new URLSearchParams(query);
      if (language) params.set('language', language);
      const response = await fetch(`/api/processes/${slug}/review/themes?${params}`, { cache: 'no-store' });
      if (!response.ok) throw new Error(`themes ${response.status}`);
      return (await response.json()) as Themes;
    },
  });
  const data = themes.data;
  const choose = (theme: Theme) => setChosen(chosen?.key === theme.key ? null : theme);
  return (
    <section aria-labelledby="review-themes-title" className="review-themes" data-testid="review-themes">
      <h2 id="review-themes-title">{t('title')}</h2>
      <p className="hint">{t('intro')}</p>
      {themes.isError && <p role="alert">{t('loadFailed')}</p>}
      {data && (
        <>
          <label className="theme-language">
            {t('language')}{' '}
            <select value={language} onChange={(event) => { setLanguage(event.target.value); setChosen(null); }}>
              <option value="">{t('allLanguages', { count: data.texts })}</option>
              {data.languages.map((entry) => (
                <option key={entry.language} value={entry.language}>{t('languageTexts', { language: t(`languages.${entry.language}`), count: entry.texts })}</option>
              ))}
            </select>
          </label>
          {data.partial && <p className="hint">{t('partial', { count: data.texts })}</p>}
          <div className="theme-columns">
            <ThemeList title={t('keywords')} themes={data.keywords} chosen={chosen?.key ?? null} onChoose={choose} />
            <ThemeList title={t('phrases')} themes={data.phrases} chosen={chosen?.key ?? null} onChoose={choose} />
          </div>
          {chosen && <ThemeItems slug={slug} query={query} theme={chosen.key} label={chosen.text} />}
        </>
      )}
    </section>
  );
}
