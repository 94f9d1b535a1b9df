// Join codes: six characters a person can read off a projector and type on a phone without
// confusing two of them, so none of the look-alikes (0/O/Q/D, 1/I/L, 2/Z, 5/S, 8/B, U/V).
export const JOIN_CODE_ALPHABET = 'ACEFGHJKMNPRTWXY34679';
export const JOIN_CODE_LENGTH = 6;

/** A fresh code from a cryptographic source, each character equally likely (no modulo bias). */
export function newJoinCode(random: (bytes: Uint8Array) => Uint8Array = (bytes) => crypto.getRandomValues(bytes)): string {
  const size = JOIN_CODE_ALPHABET.length;
  const unbiased = 256 - (256 % size);
  let code = '';
  while (code.length < JOIN_CODE_LENGTH) {
    for (const byte of random(new Uint8Array(JOIN_CODE_LENGTH * 2))) {
      if (byte < unbiased && code.length < JOIN_CODE_LENGTH) code += JOIN_CODE_ALPHABET[byte % size];
    }
  }
  return code;
}

/** What a person typed (lower case, spaces, dashes) as a code, or null when it cannot be one. */
export function normalizeJoinCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s\-_.]+/g, '');
  if (code.length !== JOIN_CODE_LENGTH) return null;
  for (const character of code) if (!JOIN_CODE_ALPHABET.includes(character)) return null;
  return code;
}

/** `ABC DEF`: how a code is shown, in two halves that are easy to read aloud. */
export const formatJoinCode = (code: string) => `${code.slice(0, 3)} ${code.slice(3)}`;
