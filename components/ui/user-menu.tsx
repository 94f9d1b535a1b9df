import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

import { roleAllows } from '@/lib/policy/roles';
import { signOut, type CurrentUser } from '@/server/auth/auth';

export async function UserMenu({ user }: { user: CurrentUser | null }) {
  const t = await getTranslations();
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
      <form
        action={async () => {
          'use server';
          await signOut({ redirectTo: '/' });
        }}
      >
        <button type="submit" className="button button-quiet">
          {t('nav.signOut')}
        </button>
      </form>
    </div>
  );
}
