// Where mail goes: an SMTP server (SMTP_URL), or with none (the demo) .eml files in an outbox folder.
import path from 'node:path';

export function smtpUrl(): string | null {
  return process.env.SMTP_URL || null;
}

export function outboxFolder(): string {
  return path.resolve(process.env.CIVICTWIN_OUTBOX || 'data/outbox');
}

export function senderAddress(): string {
  return process.env.MAIL_FROM || 'CivicTwin <no-reply@civictwin.localhost>';
}

/**
 * The address links in mails point to: AUTH_URL, else this server on localhost. Never the request's
 * Host header, which whoever asks for a reset link could set to their own site.
 */
export function siteUrl(): string {
  const configured = process.env.AUTH_URL;
  if (configured) return configured.replace(/\/+$/, '');
  return `http://localhost:${process.env.PORT ?? 3000}`;
}
