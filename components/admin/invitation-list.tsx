'use client';

// The invitations, newest first, a page at a time; a link not used yet can be withdrawn.
import { useQueryClient } from '@tanstack/react-query';
import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';

import { refetchAfterChange } from '@/components/live-events/refetch-after-change';
import { ShowMore } from '@/components/ui/show-more';
import { FormError } from '@/components/ui/form-error';
import { usePagedList } from '@/components/ui/use-paged-list';
import { sendJson } from '@/lib/http/send-json';
import type { Role } from '@/lib/policy/roles';

export type InvitationItem = { id: string; role: string; label: string; state: 'open' | 'used' | 'expired' | 'revoked'; createdAt: string; expiresAt: string };

export const INVITATIONS_KEY = ['invitations'];

export function InvitationList() {
  const t = useTranslations('invitations');
  const tRoles = useTranslations('roles');
  const format = useFormatter();
  const client = useQueryClient();
  const list = usePagedList<InvitationItem>(INVITATIONS_KEY, (cursor) => `/api/invitations?limit=20${cursor ? `&cursor=${cursor}` : ''}`, 'invitations');
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const day = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'medium' });

  async function withdraw(invitation: InvitationItem) {
    setFailure(null);
    setDone(null);
    try {
      await sendJson(`/api/invitations/${encodeURIComponent(invitation.id)}/withdraw`, 'POST');
      setDone(t('withdrawn', { label: invitation.label || t('noLabel') }));
    } catch (error) {
      setFailure(error);
    }
    await refetchAfterChange(client, INVITATIONS_KEY);
  }

  if (!list.items) return <p className="hint">{t('recent')}…</p>;
  return (
    <>
      <p role="status">{done ?? ''}</p>
      <FormError failure={failure} />
      {list.items.length === 0 ? <p className="empty-state">{t('none')}</p> : (
        <div className="admin-scroll">
          <table className="admin-table" data-testid="invitations">
            <thead>
              <tr>
                <th scope="col">{t('role')}</th>
                <th scope="col">{t('label')}</th>
                <th scope="col">{t('state')}</th>
                <th scope="col">{t('created')}</th>
                <th scope="col">{t('expires')}</th>
                <th scope="col">{t('actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((invitation) => (
                <tr key={invitation.id}>
                  <th scope="row">{tRoles(invitation.role as Role)}</th>
                  <td>{invitation.label}</td>
                  <td>{t(`states.${invitation.state}`)}</td>
                  <td>{day(invitation.createdAt)}</td>
                  <td>{day(invitation.expiresAt)}</td>
                  <td>
                    {invitation.state === 'open' && (
                      <button type="button" className="button button-quiet" aria-label={t('withdraw', { label: invitation.label || t('noLabel') })} onClick={() => withdraw(invitation)}>
                        {t('withdrawShort')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list.hasMore && <ShowMore label={t('more')} shown={list.items.length} total={list.total} loading={list.loadingMore} onMore={list.more} />}
    </>
  );
}
