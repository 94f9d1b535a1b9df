/** A join code as people type it: spaces and dashes dropped, lower case accepted. */
export const normalizeCode = (code: string) => code.replace(/[\s-]/g, '').toUpperCase();
