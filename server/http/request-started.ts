import { cache } from 'react';

/** When the server began this request's render (its clock), the same for every component of it. */
export const requestStartedAt = cache(() => Date.now());
