import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';

import { InvitationForm } from '@/components/admin/invitation-form';
import type { Role } from '@/lib/policy/roles';
import { listInvitations } from '@/server/domain/invitations/invitations';
import { requestSubject } from '@/server/http/request-person';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('invitations');
  return { title: t('title') };
}

export default async function AdminInvitationsPage() {
  const [t, tRoles, format, actor] = [await getTranslations('invitations'), await getTranslations('roles'), await getFormatter(), (await requestSubject())!];
  const invitations = await listInvitations(actor);
  const day = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'medium' });
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <InvitationForm />
      <h2>{t('recent')}</h2>
      {invitations.length === 0 ? <p className="empty-state">{t('none')}</p> : (
        <div className="admin-scroll">
          <table className="admin-table">
            <thead>
              <tr>
                <th scope="col">{t('role')}</th>
                <th scope="col">{t('label')}</th>
                <th scope="col">{t('state')}</th>
                <th scope="col">{t('created')}</th>
                <th scope="col">{t('expires')}</th>
              </tr>
            </thead>
            <tbody>
              {invitations.map((invitation) => (
                <tr key={invitation.id}>
                  <th scope="row">{tRoles(invitation.role as Role)}</th>
                  <td>{invitation.label}</td>
                  <td>{t(`states.${invitation.state}`)}</td>
                  <td>{day(invitation.createdAt)}</td>
                  <td>{day(invitation.expiresAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
