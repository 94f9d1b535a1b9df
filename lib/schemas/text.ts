// Text as the server accepts it: well-formed UTF-16. Half of a surrogate pair (a broken emoji) can
// be written in JSON as "\ud83d" but cannot be stored or encoded as UTF-8, so it is refused here,
// for every text field at once, as `invalid_input` with the problem `invalid_characters`.
import { z } from '@/lib/zod';

const LONE_SURROGATE = /\p{Cs}/u;

export function isWellFormedText(value: string): boolean {
  return !LONE_SURROGATE.test(value);
}

/** `z.string()` that refuses a lone surrogate before any other check runs. */
export function wellFormedText() {
  return z.string().refine(isWellFormedText, { message: 'textMalformed', abort: true });
}
