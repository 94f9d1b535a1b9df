// The person behind the page being rendered, read from the database once per request and shared by
// the layouts, the top bar and the page (React's request-scoped `cache`); nothing is kept between
// requests, so a role taken away or a block still shows on the next one.
import { cache } from 'react';

import { viewingSubject } from '@/server/auth/actor';
import { currentSubject } from '@/server/auth/subject';
import { currentUser } from '@/server/auth/auth';

/** `viewingSubject()` once per request. */
export const requestViewer = cache(viewingSubject);

/** `currentUser()` once per request. */
export const requestUser = cache(currentUser);

/** `currentSubject()` once per request: blocked and deleted accounts included, for `standing`. */
export const requestSubject = cache(currentSubject);
