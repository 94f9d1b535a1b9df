// The person behind the page being rendered: the sign-in token is read once per request and their
// row once, shared by the layouts, the top bar and the page (React's request-scoped `cache`);
// nothing is kept between requests, so a role taken away or a block still shows on the next one.
import { headers } from 'next/headers';
import { cache } from 'react';

import { viewerOf } from '@/server/auth/actor';
import { signedInAccount } from '@/server/auth/subject';
import { toCurrentUser, toSubject } from '@/server/auth/subject-row';
import { PERSON_LATER_HEADER } from '@/server/web/person-later';

const requestAccount = cache(signedInAccount);

/** `currentSubject()` once per request: blocked and deleted accounts included, for `standing`. */
export const requestSubject = cache(async () => {
  const row = await requestAccount();
  return row && toSubject(row);
});

/** `viewingSubject()` once per request. */
export const requestViewer = cache(async () => viewerOf(await requestSubject()));

/** `currentUser()` once per request. */
export const requestUser = cache(async () => {
  const row = await requestAccount();
  return row && toCurrentUser(row);
});

/**
 * This render is shared by every signed-in person (server/web/anonymous-page-cache.ts): it is made
 * without their cookies, and shows who is asking only once the client has read `GET /api/me`.
 */
export const personLater = cache(async () => (await headers()).get(PERSON_LATER_HEADER) === '1');
