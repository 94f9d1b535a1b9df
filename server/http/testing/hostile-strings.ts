// Inputs that break naive code: the Big List of Naughty Strings (MIT, the big-list-of-naughty-strings
// package) and lone UTF-16 surrogates (./surrogates.ts).
import naughty from 'big-list-of-naughty-strings/blns.json';

export { SURROGATE_CORPUS } from './surrogates';

export const NAUGHTY_STRINGS: readonly string[] = naughty;
