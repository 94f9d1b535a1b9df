// The only way to send a mail: write it to the outbox, in the caller's transaction when there is
// one, so the mail exists exactly when what caused it does. The sender loop delivers it later.
import type { Prisma } from '@/server/generated/prisma/client';
import { db } from '@/server/db';

import { renderMail, type MailRequest, type Recipient } from './render-mail';
import { unsubscribeApiUrl, unsubscribePageUrl } from './unsubscribe-link';

export async function enqueueMail(recipient: Recipient, request: MailRequest, client: Prisma.TransactionClient = db): Promise<string> {
  const mail = renderMail(recipient, request, unsubscribePageUrl(recipient.id));
  const headers = {
    // RFC 8058: a mail client may offer "unsubscribe", which POSTs List-Unsubscribe=One-Click here.
    'List-Unsubscribe': `<${unsubscribeApiUrl(recipient.id)}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
  const row = await client.outboxMail.create({
    data: { kind: request.kind, userId: recipient.id, toAddress: recipient.email, subject: mail.subject, text: mail.text, html: mail.html, headers: JSON.stringify(headers) },
    select: { id: true },
  });
  return row.id;
}
