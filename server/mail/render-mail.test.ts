import { describe, expect, it } from 'vitest';

process.env.AUTH_SECRET ??= 'render-test-secret-0123456789';
const { renderMail } = await import('./render-mail');

const amira = { id: 'u-amira', name: 'Amira', email: 'amira@example.org', locale: 'fr' };
const reply = { kind: 'comment_reply' as const, process: 'Rues vertes', processSlug: 'demo', author: 'Bob <script>', excerpt: 'Je suis d’accord.\nEt <b>vous</b> ?', url: 'http://localhost:3000/p/demo/proposals/p1' };

describe('rendering a mail', () => {
  it('is written in the recipient’s language, as text and HTML', () => {
    const fr = renderMail(amira, { kind: 'password_reset', url: 'http://localhost:3000/reset-password/abc' }, 'http://localhost:3000/unsubscribe?u=x');
    expect(fr.subject).toBe('Choisissez un nouveau mot de passe CivicTwin');
    expect(fr.text).toContain('Bonjour Amira,');
    expect(fr.text).toContain('http://localhost:3000/reset-password/abc');
    expect(fr.html).toContain('href="http://localhost:3000/reset-password/abc"');
    const de = renderMail({ ...amira, locale: 'de' }, { kind: 'password_reset', url: 'http://x/r' }, 'http://x/u');
    expect(de.subject).toBe('Wählen Sie ein neues CivicTwin-Passwort');
    const nl = renderMail({ ...amira, locale: 'nl' }, { kind: 'notification', notification: reply }, 'http://x/u');
    expect(nl.subject).toBe('Bob <script> reageerde op uw reactie');
    const unknown = renderMail({ ...amira, locale: 'xx' }, { kind: 'email_confirm', url: 'http://x/c' }, 'http://x/u');
    expect(unknown.subject).toBe('Confirm your email address for CivicTwin');
  });

  it('escapes what people wrote in the HTML part', () => {
    const mail = renderMail(amira, { kind: 'notification', notification: reply }, 'http://x/u');
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('Bob &lt;script&gt;');
    expect(mail.html).toContain('&lt;b&gt;vous&lt;/b&gt;');
    expect(mail.text).toContain('> Et <b>vous</b> ?');
  });

  it('names only its recipient: no other person’s address reaches it', () => {
    const digest = renderMail(amira, {
      kind: 'digest',
      notifications: [reply, { kind: 'proposal_answered', process: 'Rues vertes', processSlug: 'demo', proposalId: 'p1', title: 'Plus d’arbres', status: 'accepted' }],
    }, 'http://x/u');
    const addresses = `${digest.text}\n${digest.html}`.match(/[\w.+-]+@[\w-]+\.[\w.]+/g) ?? [];
    expect(addresses).toEqual([]);
    expect(digest.subject).toBe('CivicTwin : 2 nouvelles pour vous');
    expect(digest.text).toContain('Accepté');
  });

  it('carries no tracking: no remote images, no pixels, links as they are, an unsubscribe link in every mail', () => {
    for (const request of [
      { kind: 'password_reset' as const, url: 'http://localhost:3000/reset-password/abc' },
      { kind: 'notification' as const, notification: reply },
    ]) {
      const mail = renderMail(amira, request, 'http://localhost:3000/unsubscribe?u=u-amira&s=sig');
      expect(mail.html).not.toMatch(/<img|url\(|<link|<script|<iframe/i);
      const hrefs = [...mail.html.matchAll(/href="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
      expect(hrefs.every((href) => href.startsWith('http://localhost:3000/'))).toBe(true);
      expect(mail.text).toContain('http://localhost:3000/unsubscribe?u=u-amira&s=sig');
    }
  });
});
