// Every mail CivicTwin sends, written in the recipient's language from the message catalogues.
import { createTranslator } from 'next-intl';

import { DEFAULT_LOCALE, isLocale, type Locale } from '@/lib/i18n/locales';
import de from '@/lib/i18n/messages/de.json';
import en from '@/lib/i18n/messages/en.json';
import fr from '@/lib/i18n/messages/fr.json';
import nl from '@/lib/i18n/messages/nl.json';

import { layoutMail, type MailContent, type RenderedMail } from './mail-layout';
import { siteUrl } from './mail-config';

const CATALOGUES = { en, fr, nl, de } as const;

export type Recipient = { id: string; name: string; email: string; locale: string };

export type NotificationData =
  | { kind: 'proposal_answered'; process: string; processSlug: string; proposalId: string; title: string; status: string }
  | { kind: 'proposal_status'; process: string; processSlug: string; proposalId: string; title: string; status: string }
  | { kind: 'comment_reply'; process: string; processSlug: string; author: string; excerpt: string; url: string };

export type MailRequest =
  | { kind: 'password_reset'; url: string }
  | { kind: 'email_confirm'; url: string }
  | { kind: 'notification'; notification: NotificationData }
  | { kind: 'digest'; notifications: NotificationData[] };

function translatorFor(locale: string) {
  const chosen: Locale = isLocale(locale) ? locale : DEFAULT_LOCALE;
  return createTranslator({ locale: chosen, messages: CATALOGUES[chosen] as typeof en, namespace: 'mail' });
}

export type MailTranslator = ReturnType<typeof translatorFor>;

export function notificationUrl(n: NotificationData): string {
  if (n.kind === 'comment_reply') return n.url;
  return `${siteUrl()}/p/${encodeURIComponent(n.processSlug)}/proposals/${encodeURIComponent(n.proposalId)}`;
}

function statusName(locale: string, status: string): string {
  const chosen: Locale = isLocale(locale) ? locale : DEFAULT_LOCALE;
  const names = (CATALOGUES[chosen] as typeof en).participation.status as Record<string, string>;
  return names[status] ?? status;
}

function notificationLine(t: MailTranslator, locale: string, n: NotificationData): string {
  if (n.kind === 'comment_reply') return t('commentReply.line', { author: n.author, process: n.process });
  const key = n.kind === 'proposal_answered' ? 'proposalAnswered.line' : 'proposalStatus.line';
  return t(key, { title: n.title, process: n.process, status: statusName(locale, n.status) });
}

function content(t: MailTranslator, recipient: Recipient, request: MailRequest): Omit<MailContent, 'greeting' | 'footer'> {
  switch (request.kind) {
    case 'password_reset':
      return {
        subject: t('passwordReset.subject'),
        paragraphs: [t('passwordReset.intro'), t('passwordReset.expiry'), t('passwordReset.ignore')],
        action: { label: t('passwordReset.action'), url: request.url },
      };
    case 'email_confirm':
      return {
        subject: t('emailConfirm.subject'),
        paragraphs: [t('emailConfirm.intro'), t('emailConfirm.ignore')],
        action: { label: t('emailConfirm.action'), url: request.url },
      };
    case 'notification': {
      const n = request.notification;
      if (n.kind === 'comment_reply') {
        return {
          subject: t('commentReply.subject', { author: n.author }),
          paragraphs: [notificationLine(t, recipient.locale, n)],
          quote: n.excerpt,
          action: { label: t('commentReply.action'), url: notificationUrl(n) },
        };
      }
      const prefix = n.kind === 'proposal_answered' ? 'proposalAnswered' : 'proposalStatus';
      return {
        subject: t(`${prefix}.subject`, { title: n.title }),
        paragraphs: [notificationLine(t, recipient.locale, n)],
        action: { label: t('viewProposal'), url: notificationUrl(n) },
      };
    }
    case 'digest':
      return {
        subject: t('digest.subject', { count: request.notifications.length }),
        paragraphs: [t('digest.intro')],
        items: request.notifications.map((n) => ({ text: notificationLine(t, recipient.locale, n), url: notificationUrl(n) })),
      };
  }
}

/** The mail for `recipient`: only their own name and address, and what `request` carries. */
export function renderMail(recipient: Recipient, request: MailRequest, unsubscribeUrl: string): RenderedMail {
  const t = translatorFor(recipient.locale);
  return layoutMail({
    ...content(t, recipient, request),
    greeting: t('greeting', { name: recipient.name }),
    footer: [t('footer.why'), t('footer.settings', { url: `${siteUrl()}/me` }), t('footer.unsubscribe', { url: unsubscribeUrl })],
  });
}
