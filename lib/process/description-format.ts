// What a process description may contain: the one list that both the admin's editor (its schema,
// components/admin/description-editor/) and the server's sanitiser are built from, so the editor
// can only write what the sanitiser keeps, and the sanitiser keeps nothing the editor cannot show.

/** Level 1 is the page's own title. */
export const HEADING_LEVELS = [2, 3] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];

/** Every element a description may hold, each produced by one part of the editor. */
export const DESCRIPTION_TAGS = ['p', 'br', ...HEADING_LEVELS.map((level) => `h${level}` as const), 'ul', 'ol', 'li', 'strong', 'em', 'a'] as const;
export type DescriptionTag = (typeof DESCRIPTION_TAGS)[number];

/** The only attributes: a link's address and the `rel` every link gets. */
export const DESCRIPTION_ATTRIBUTES: Partial<Record<DescriptionTag, readonly string[]>> = { a: ['href', 'rel'] };

/** Links open in the same tab and pass no referrer or ranking to the site they point to. */
export const LINK_REL = 'noopener noreferrer nofollow';

/**
 * Elements pasted or written by older versions that mean one of ours: kept as ours rather than
 * dropped (their text is kept either way).
 */
export const DESCRIPTION_TAG_ALIASES: Readonly<Record<string, DescriptionTag>> = { b: 'strong', i: 'em', h1: 'h2', h4: 'h3', h5: 'h3', h6: 'h3' };

/**
 * Without the empty paragraphs an editor leaves at either end (Enter pressed last, a pasted block,
 * the place it keeps for the caret after a list): the editor's output and the sanitiser's agree.
 */
export function withoutEmptyEnds(html: string): string {
  return html.replace(/^(?:<p>(?:<br>)?<\/p>)+|(?:<p>(?:<br>)?<\/p>)+$/g, '');
}

const WEB_LINK = /^(https?:\/\/[^\s/]|mailto:[^\s])/i;

/** Only absolute web and mail addresses: a relative or odd one ("\x0Bjavascript:…") is refused, not guessed at. */
export function isWebLink(href: string): boolean {
  return WEB_LINK.test(href);
}
