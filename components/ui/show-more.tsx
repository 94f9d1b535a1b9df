'use client';

// The end of a list read a page at a time: a real button, so the keyboard reaches it like a click.
import { useTranslations } from 'next-intl';

type Props = { label: string; shown: number; total: number; loading: boolean; onMore: () => void };

export function ShowMore({ label, shown, total, loading, onMore }: Props) {
  const t = useTranslations('common');
  return (
    <div className="show-more">
      <p className="hint" aria-live="polite">{t('shownOf', { shown, total })}</p>
      <button type="button" className="button button-quiet" onClick={onMore} disabled={loading} aria-busy={loading}>
        {loading ? t('loading') : label}
      </button>
    </div>
  );
}
