import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';

import { AcceptInvitation } from '@/components/auth/accept-invitation';
import { SignUpForm } from '@/components/auth/sign-up-form';
import { invitationOffer } from '@/server/domain/invitations/invitations';
import { requestUser } from '@/server/http/request-person';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('invitations');
  return { title: t('pageTitle'), robots: { index: false } };
}

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const token = (await params).token;
  const [t, tRoles, tErrors, offer, user] = [await getTranslations('invitations'), await getTranslations('roles'), await getTranslations('errors.codes'), await invitationOffer(token), await requestUser()];
  if (!offer) {
    return (
      <div className="page page-narrow">
        <h1>{t('pageTitle')}</h1>
        <p role="alert">{tErrors('invitation_invalid')}</p>
      </div>
    );
  }
  const role = tRoles(offer.role);
  return (
    <div className="page page-narrow">
      <h1>{t('pageTitle')}</h1>
      <p className="lead">{t('offer', { role })}</p>
      {user ? (
        <>
          <p>{t('signedInAs', { name: user.name, role })}</p>
          <AcceptInvitation token={token} />
        </>
      ) : (
        <>
          <Suspense>
            <SignUpForm invitation={token} />
          </Suspense>
          <p>
            {t('haveAccount')} <Link href={`/signin?next=${encodeURIComponent(`/invite/${token}`)}`}>{t('signInFirst')}</Link>
          </p>
          <p className="hint">
            <Link href="/privacy">{t('privacy')}</Link>
          </p>
        </>
      )}
    </div>
  );
}
