// The admin area's sections, in ONE list: each lane that adds an admin page adds one entry here.
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export type AdminSection = { href: string; /** Full catalogue key of the link's label. */ label: string };

export const ADMIN_SECTIONS: readonly AdminSection[] = [
  { href: '/admin/processes', label: 'admin.nav.processes' },
  { href: '/admin/people', label: 'admin.nav.people' },
  { href: '/admin/invitations', label: 'admin.nav.invitations' },
  { href: '/admin/audit', label: 'admin.nav.audit' },
  { href: '/admin/settings', label: 'admin.nav.settings' },
  { href: '/admin/basemaps', label: 'admin.nav.basemaps' },
  { href: '/admin/mail', label: 'mailAdmin.title' },
];

export async function AdminNav() {
  const t = await getTranslations();
  return (
    <nav className="admin-nav" aria-label={t('admin.nav.label')}>
      <ul>
        {ADMIN_SECTIONS.map((section) => (
          <li key={section.href}>
            <Link href={section.href}>{t(section.label as never)}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
