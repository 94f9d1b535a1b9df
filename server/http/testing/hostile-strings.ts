// Inputs that break naive code: the Big List of Naughty Strings (MIT, the big-list-of-naughty-strings
// package) and lone UTF-16 surrogates, which JSON can carry ("\ud800") but no database can store.
import naughty from 'big-list-of-naughty-strings/blns.json';

export const NAUGHTY_STRINGS: readonly string[] = naughty;

export const SURROGATE_CORPUS = ['\ud800', '\udfff', 'a\ud83d', '\ude00b', 'x\ud83dy', '\ude00\ud83d', '\ud83d\ud83d', 'ok\udbff\udfff\udbff'];
