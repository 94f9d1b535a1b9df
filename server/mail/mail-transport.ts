// Delivery of one rendered mail: through SMTP_URL's server, or as an .eml file in the outbox folder.
import fs from 'node:fs/promises';
import path from 'node:path';

import nodemailer from 'nodemailer';

import { outboxFolder, senderAddress, smtpUrl } from './mail-config';

export type OutgoingMail = { id: string; to: string; subject: string; text: string; html: string; headers: Record<string, string> };

export type MailTransport = { send(mail: OutgoingMail): Promise<void> };

function message(mail: OutgoingMail) {
  return { from: senderAddress(), to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, headers: mail.headers, messageId: `<${mail.id}@civictwin>`, textEncoding: 'quoted-printable' as const };
}

export function smtpTransport(url: string): MailTransport {
  const transporter = nodemailer.createTransport(url);
  return {
    async send(mail) {
      await transporter.sendMail(message(mail));
    },
  };
}

/** Writes `<outbox id>.eml`: the same bytes an SMTP server would have received. */
export function fileTransport(folder: string): MailTransport {
  const builder = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    async send(mail) {
      const info = await builder.sendMail(message(mail));
      await fs.mkdir(folder, { recursive: true });
      const file = path.join(folder, `${mail.id}.eml`);
      await fs.writeFile(`${file}.part`, info.message as Buffer);
      await fs.rename(`${file}.part`, file);
    },
  };
}

export function configuredTransport(): MailTransport {
  const url = smtpUrl();
  return url ? smtpTransport(url) : fileTransport(outboxFolder());
}
