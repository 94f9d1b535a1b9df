// What an admin types as a link's address, as the link will hold it: "city.example/plan" becomes
// https://city.example/plan, "plan@city.example" a mailto: link; anything else must already be a
// web or mail address, as the sanitiser requires.
import { isWebLink } from '@/lib/process/description-format';

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const MAIL = /^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/;

/** The address to store, `''` to remove the link, or null when it cannot be a link. */
export function linkAddress(typed: string): string | null {
  const text = typed.trim();
  if (!text) return '';
  const address = SCHEME.test(text) ? text : MAIL.test(text) ? `mailto:${text}` : `https://${text}`;
  return isWebLink(address) && !/\s/.test(address) ? address : null;
}
