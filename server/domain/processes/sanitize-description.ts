// A process's description is formatted text written by admins and shown to everyone: only
// headings, paragraphs, lists, emphasis and links survive; no script, no event handler, no
// `javascript:` (or any non-web) link. Runs on the server before anything is stored.
import sanitizeHtml from 'sanitize-html';

const WEB_LINK = /^(https?:\/\/[^\s/]|mailto:[^\s])/i;

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['h2', 'h3', 'h4', 'p', 'br', 'ul', 'ol', 'li', 'strong', 'em', 'b', 'i', 'a', 'blockquote'],
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: ['https', 'http', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    // Only absolute web and mail addresses: a relative or odd one ("\\x0Bjavascript:…") is dropped, not guessed at.
    a: (tagName, attribs) => ({
      tagName,
      attribs: WEB_LINK.test(attribs.href ?? '') ? { href: attribs.href, rel: 'noopener noreferrer nofollow' } : ({} as sanitizeHtml.Attributes),
    }),
  },
};

export function sanitizeDescription(html: string): string {
  return sanitizeHtml(html, OPTIONS).trim();
}
