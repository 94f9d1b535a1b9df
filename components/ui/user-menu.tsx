import { signOut, type CurrentUser } from '@/server/auth/auth';

import { PersonMenu } from './person-menu';

/** `later`: this render is shared by every signed-in person; the menu reads who is asking once loaded. */
export function UserMenu({ user, later }: { user: CurrentUser | null; later: boolean }) {
  return (
    <PersonMenu
      rendered={user && { id: user.id, name: user.name, role: user.role }}
      later={later}
      signOutAction={async () => {
        'use server';
        await signOut({ redirectTo: '/' });
      }}
    />
  );
}
