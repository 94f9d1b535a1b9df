// Types for the stemming and stop-word packages, which ship none.
declare module 'snowball-stemmers' {
  export function newStemmer(algorithm: string): { stem(word: string): string };
  export function algorithms(): string[];
}

declare module 'stopword' {
  export const eng: string[];
  export const fra: string[];
  export const nld: string[];
  export const deu: string[];
}
