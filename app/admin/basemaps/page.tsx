import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';

import { RemoteBasemapForm } from '@/components/admin/remote-basemap-form';
import { RemoteBasemapList } from '@/components/admin/remote-basemap-list';
import { decideInstallation } from '@/lib/policy/decide';
import { DEFAULT_BASEMAP } from '@/lib/schemas/basemap';
import { installedBasemaps } from '@/server/basemaps/installed-basemaps';
import { listRemoteBasemaps } from '@/server/basemaps/remote-basemaps';
import { requestSubject } from '@/server/http/request-person';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('basemaps'))('title') };
}

export default async function AdminBasemapsPage() {
  if (!decideInstallation(await requestSubject(), 'basemap.manage').ok) notFound();
  const [t, installed, remote] = await Promise.all([getTranslations('basemaps'), installedBasemaps(), listRemoteBasemaps()]);
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <section aria-labelledby="installed-basemaps-title" className="card-section">
        <h2 id="installed-basemaps-title">{t('installed.title')}</h2>
        <p className="hint">{t('installed.intro')}</p>
        <ul className="manage-list">
          {installed.map((basemap) => (
            <li key={basemap.id} className="manage-item" data-basemap={basemap.id}>
              <strong>{basemap.name}</strong>
              {basemap.id === DEFAULT_BASEMAP && ` · ${t('installed.default')}`}
              <p className="mark-meta">{t('installed.details', { id: basemap.id, min: basemap.minZoom, max: basemap.maxZoom })}</p>
            </li>
          ))}
        </ul>
      </section>
      <RemoteBasemapList basemaps={remote} />
      <RemoteBasemapForm />
    </>
  );
}
