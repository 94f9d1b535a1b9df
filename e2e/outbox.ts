// The mails the suite's server wrote as .eml files (no SMTP_URL; the folder is set in playwright.config.ts).
import fs from 'node:fs';
import path from 'node:path';

import { headerOf } from '../server/mail/testing/read-mail';

const OUTBOX = path.resolve(process.env.CIVICTWIN_OUTBOX ?? 'test-results/outbox');

/** The .eml files addressed to `email`, as their raw text. */
export function mailsTo(email: string): string[] {
  if (!fs.existsSync(OUTBOX)) return [];
  return fs
    .readdirSync(OUTBOX)
    .filter((file) => file.endsWith('.eml'))
    .map((file) => fs.readFileSync(path.join(OUTBOX, file), 'utf8'))
    .filter((raw) => headerOf(raw, 'To') === email);
}
