'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';

import { roleAllows, type Role } from '@/lib/policy/roles';

import { useDeferredPerson } from './use-deferred-person';

type Shown = { id: string; name: string; role: Role };
type Props = { rendered: Shown | null; later: boolean; signOutAction: () => Promise<void> };

export function PersonMenu({ rendered, later, signOutAction }: Props) {
  const t = useTranslations();
  const person = useDeferredPerson(later);
  // Nothing until the person is known: neither someone's name nor a sign-in button that is wrong for them.
  if (later && !person) return <div className="user-menu" aria-busy="true" />;
  const user = later ? person!.user : rendered;
  if (!user) {
    return (
      <div className="user-menu">
        <Link href="/signin" className="button button-quiet">
          {t('nav.signIn')}
        </Link>
        <Link href="/signup" className="button">
          {t('nav.signUp')}
        </Link>
      </div>
    );
  }
  return (
    <div className="user-menu">
      <Link href="/me" className="user-identity" data-testid="user-identity" title={t('me.link')}>
        <span className="avatar" aria-hidden="true">
          {user.name.slice(0, 1).toUpperCase()}
        </span>
        <span>
          <span className="user-name">{user.name}</span>
          <span className="user-role">{t(`roles.${user.role}`)}</span>
        </span>
      </Link>
      {roleAllows(user.role, 'admin.enter') && (
        <Link href="/admin" className="button button-quiet">
          {t('admin.title')}
        </Link>
      )}
      <form action={signOutAction}>
        <button type="submit" className="button button-quiet">
          {t('nav.signOut')}
        </button>
      </form>
    </div>
  );
}
