// Lone halves of UTF-16 surrogate pairs, which JSON can carry ("\ud800") but no database can store:
// alone, at either end, in the middle, reversed, doubled.
export const SURROGATE_CORPUS = ['\ud800', '\udfff', 'a\ud83d', '\ude00b', 'x\ud83dy', '\ude00\ud83d', '\ud83d\ud83d', 'ok\udbff\udfff\udbff'];
