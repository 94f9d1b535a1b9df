// A process's description is formatted text written by admins and shown to everyone: only what the
// admin's editor writes survives (lib/process/description-format.ts); no script, no event handler,
// no `javascript:` (or any non-web) link. Runs on the server before anything is stored.
import sanitizeHtml from 'sanitize-html';

import { DESCRIPTION_ATTRIBUTES, DESCRIPTION_TAG_ALIASES, DESCRIPTION_TAGS, LINK_REL, isWebLink, withoutEmptyEnds } from '@/lib/process/description-format';

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...DESCRIPTION_TAGS],
  allowedAttributes: DESCRIPTION_ATTRIBUTES as Record<string, string[]>,
  allowedSchemes: ['https', 'http', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    ...Object.fromEntries(Object.entries(DESCRIPTION_TAG_ALIASES).map(([alias, tag]) => [alias, sanitizeHtml.simpleTransform(tag, {}, false)])),
    // `rel` first, as the editor writes it, so the editor's text comes back unchanged.
    a: (tagName, attribs) => ({
      tagName,
      attribs: isWebLink(attribs.href ?? '') ? { rel: LINK_REL, href: attribs.href } : ({} as sanitizeHtml.Attributes),
    }),
  },
};

/** `<br>` as browsers (and so the editor) write it, not sanitize-html's `<br />`: the editor's text comes back unchanged. */
export function sanitizeDescription(html: string): string {
  return withoutEmptyEnds(sanitizeHtml(html, OPTIONS).replaceAll('<br />', '<br>').trim());
}
