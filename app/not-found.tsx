import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('errors');
  return { title: t('notFoundTitle') };
}

export default async function NotFound() {
  const t = await getTranslations('errors');
  return (
    <div className="page">
      <h1>{t('notFoundTitle')}</h1>
      <p className="lead">{t('notFoundBody')}</p>
      <Link href="/" className="button">
        {t('backHome')}
      </Link>
    </div>
  );
}
