// A mail's content as plain text and simple HTML. No remote images, no tracking pixels, links as
// they are: nothing in a mail tells anyone that it was opened or which link was followed.
import { escapeHtml } from '@/lib/html';

export type MailContent = {
  subject: string;
  greeting: string;
  paragraphs: string[];
  /** Someone's own words (a reply), shown as a quote. */
  quote?: string;
  items?: { text: string; url: string }[];
  action?: { label: string; url: string };
  footer: string[];
};

export type RenderedMail = { subject: string; text: string; html: string };

export function layoutMail(content: MailContent): RenderedMail {
  const text = [
    content.greeting,
    '',
    ...content.paragraphs.flatMap((p) => [p, '']),
    ...(content.quote ? [content.quote.split('\n').map((line) => `> ${line}`).join('\n'), ''] : []),
    ...(content.items ?? []).flatMap((item) => [`- ${item.text}`, `  ${item.url}`]),
    ...(content.items?.length ? [''] : []),
    ...(content.action ? [`${content.action.label}:`, content.action.url, ''] : []),
    '-- ',
    ...content.footer,
  ].join('\n');

  const link = (url: string, label: string) => `<a href="${escapeHtml(url)}">${escapeHtml(label)}</a>`;
  const html = [
    '<!doctype html>',
    `<html><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>`,
    '<body style="font-family: sans-serif; line-height: 1.5; max-width: 36rem;">',
    `<p>${escapeHtml(content.greeting)}</p>`,
    ...content.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    ...(content.quote ? [`<blockquote style="border-left: 3px solid #999; margin: 0; padding-left: 1em;">${escapeHtml(content.quote).replace(/\n/g, '<br>')}</blockquote>`] : []),
    ...(content.items?.length ? ['<ul>', ...content.items.map((item) => `<li>${link(item.url, item.text)}</li>`), '</ul>'] : []),
    ...(content.action ? [`<p><strong>${link(content.action.url, content.action.label)}</strong></p>`] : []),
    '<hr>',
    ...content.footer.map((line) => `<p style="font-size: 0.9em; color: #555;">${escapeHtml(line)}</p>`),
    '</body></html>',
  ].join('\n');

  return { subject: content.subject, text, html };
}
