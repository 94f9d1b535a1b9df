import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';

import { ClientMessages } from '@/components/i18n/client-messages';
import { TopBar } from '@/components/ui/top-bar';

import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('common');
  return { title: { default: t('appName'), template: `%s · ${t('appName')}` }, description: t('tagline') };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#1f5f8b' };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations('common');
  return (
    <html lang={locale}>
      <body>
        <ClientMessages section="root">
          {/* Pages with a more direct target (the map) put their own skip link first here. */}
          <div id="skip-link-slot" />
          <a className="skip-link" href="#main">
            {t('skipToContent')}
          </a>
          <TopBar />
          <main id="main" tabIndex={-1}>
            {children}
          </main>
          <footer className="site-footer">
            <Link href="/privacy">{t('privacy')}</Link>
          </footer>
        </ClientMessages>
      </body>
    </html>
  );
}
