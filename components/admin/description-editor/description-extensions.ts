// The editor's schema, built from the description's vocabulary (lib/process/description-format.ts):
// StarterKit without the parts that would write anything else (code, quotes, rules, strike,
// underline), headings limited to the allowed levels, and links limited to web and mail addresses.
import type { Extensions } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

import { HEADING_LEVELS, LINK_REL, isWebLink } from '@/lib/process/description-format';

export const descriptionExtensions: Extensions = [
  StarterKit.configure({
    heading: { levels: [...HEADING_LEVELS] },
    blockquote: false,
    code: false,
    codeBlock: false,
    horizontalRule: false,
    strike: false,
    underline: false,
    link: {
      openOnClick: false,
      autolink: true,
      defaultProtocol: 'https',
      isAllowedUri: (url) => isWebLink(url),
      HTMLAttributes: { rel: LINK_REL, target: null, class: null },
    },
  }),
];
