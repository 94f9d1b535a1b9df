'use client';

import { useTranslations } from 'next-intl';

/** Opens the browser's print dialog, where "Save as PDF" makes the report a file. */
export function PrintButton() {
  const t = useTranslations('report');
  return (
    <button type="button" className="button" onClick={() => window.print()}>
      {t('print')}
    </button>
  );
}
