'use client';

// Who is asking, for a page rendered without them (server/web/anonymous-page-cache.ts shares one render
// of the process page between signed-in people): read once from `GET /api/me` after load, one request
// shared by the top bar and the process's rules.
import { useEffect, useState } from 'react';

import { ROLES } from '@/lib/policy/roles';
import { subjectSchema } from '@/lib/policy/subject';
import { z } from '@/lib/zod';

const personSchema = z.object({
  user: z.object({ id: z.string(), name: z.string(), role: z.enum(ROLES) }).nullable(),
  viewer: subjectSchema.nullable(),
});
export type Person = z.infer<typeof personSchema>;

const NOBODY: Person = { user: null, viewer: null };
let asking: Promise<Person> | null = null;

function askOnce(): Promise<Person> {
  asking ??= fetch('/api/me', { cache: 'no-store' })
    .then(async (response) => (response.ok ? personSchema.parse(await response.json()) : NOBODY))
    // Unreadable reads as a visitor: the server refuses whatever that person could not do anyway.
    .catch(() => NOBODY)
    .finally(() => setTimeout(() => (asking = null)));
  return asking;
}

/** `undefined` until known; always `undefined` when the page was rendered with the person (`deferred` false). */
export function useDeferredPerson(deferred: boolean): Person | undefined {
  const [person, setPerson] = useState<Person>();
  useEffect(() => {
    if (!deferred) return;
    let current = true;
    void askOnce().then((answer) => current && setPerson(answer));
    return () => {
      current = false;
    };
  }, [deferred]);
  return person;
}
