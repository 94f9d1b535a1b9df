import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';

import { DeleteAccountForm } from '@/components/auth/delete-account-form';
import { EmailConfirmationState } from '@/components/me/email-confirmation-state';
import { NotifyModeForm } from '@/components/me/notify-mode-form';
import { MyAnswers } from '@/components/me/my-answers';
import { MyMarks } from '@/components/me/my-marks';
import { currentUser } from '@/server/auth/auth';
import { db } from '@/server/db';

export const dynamic = 'force-dynamic';

export default async function MyActivityPage({ searchParams }: { searchParams: Promise<{ marks?: string }> }) {
  const marksPage = Math.max(1, Math.floor(Number((await searchParams).marks)) || 1);
  const user = await currentUser();
  if (!user) redirect('/signin?next=/me');
  const t = await getTranslations();
  const [account, proposals, comments, votes] = await Promise.all([
    db.user.findUnique({ where: { id: user.id }, select: { email: true, emailConfirmedAt: true, notifyMode: true } }),
    db.proposal.findMany({ where: { authorId: user.id }, include: { process: { select: { slug: true } } }, orderBy: { createdAt: 'desc' } }),
    db.comment.findMany({ where: { authorId: user.id, deletedAt: null }, include: { process: { select: { slug: true } } }, orderBy: { createdAt: 'desc' }, take: 100 }),
    db.vote.count({ where: { voterId: user.id } }),
  ]);
  return (
    <div className="page">
      <h1>{t('me.title')}</h1>
      <p className="lead">{t('me.intro')}</p>
      <MyAnswers userId={user.id} />
      <section aria-labelledby="my-proposals">
        <h2 id="my-proposals">{t('me.proposals')}</h2>
        {proposals.length === 0 ? <p className="hint">{t('me.none')}</p> : (
          <ul>
            {proposals.map((p) => (
              <li key={p.id}>
                <Link href={`/p/${p.process.slug}/proposals/${p.id}`}>{p.title}</Link> · {t(`participation.status.${p.status}`)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="my-comments">
        <h2 id="my-comments">{t('me.comments')}</h2>
        {comments.length === 0 ? <p className="hint">{t('me.none')}</p> : (
          <ul>
            {comments.map((c) => (
              <li key={c.id}>
                <span className="comment-body">{c.body.length > 140 ? `${c.body.slice(0, 140)}…` : c.body}</span>{' '}
                {c.targetType === 'proposal' ? <Link href={`/p/${c.process.slug}/proposals/${c.targetId}`}>{t('me.onProposal')}</Link> : <Link href={`/p/${c.process.slug}`}>{t('me.onMark')}</Link>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <MyMarks userId={user.id} page={marksPage} />
      <p>{t('me.votes', { count: votes })}</p>
      {account?.email && (
        <section aria-labelledby="my-mail">
          <h2 id="my-mail">{t('mailPrefs.title')}</h2>
          <EmailConfirmationState email={account.email} confirmed={Boolean(account.emailConfirmedAt)} />
          <NotifyModeForm initial={account.notifyMode === 'none' || account.notifyMode === 'daily' ? account.notifyMode : 'immediate'} />
        </section>
      )}
      <section aria-labelledby="my-data">
        <h2 id="my-data">{t('me.download')}</h2>
        <p className="hint">{t('me.downloadHint')}</p>
        <a className="button" href="/api/me/export" download>{t('me.download')}</a>
      </section>
      <section aria-labelledby="delete-account" className="danger-zone">
        <h2 id="delete-account">{t('me.deleteTitle')}</h2>
        <p>{t('me.deleteIntro')}</p>
        <DeleteAccountForm />
      </section>
    </div>
  );
}
