/**
 * Set only by the page cache (server/web/anonymous-page-cache.ts) on the render it shares between signed-in
 * people: the page leaves out who is asking and reads it on the client (`GET /api/me`).
 */
export const PERSON_LATER_HEADER = 'x-civictwin-person-later';
