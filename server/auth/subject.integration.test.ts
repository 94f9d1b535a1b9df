// The person behind a request's cookie, read without next-auth's session action: the token says who
// signed in and when; the row says the rest, and a password reset since the sign-in ends the session.
import { encode } from 'next-auth/jwt';
import type { PrismaClient } from '@/server/generated/prisma/client';
import { beforeAll, expect, it, vi } from 'vitest';

import { freshDatabase, seedPeople } from '@/server/testing/large-seed';

const SECRET = 'subject-test-secret-0123456789abcdef';
const request = vi.hoisted(() => ({ cookie: '', proto: 'http' }));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'x-forwarded-proto': request.proto, cookie: request.cookie }) }));

let db: PrismaClient;
let subject: typeof import('./subject');
let people: string[];

const signIn = async (sub: string, signedInAt = Date.now(), name = 'authjs.session-token') => {
  request.cookie = `${name}=${await encode({ token: { sub, signedInAt }, secret: SECRET, salt: name, maxAge: 3600 })}`;
};

beforeAll(async () => {
  process.env.AUTH_SECRET = SECRET;
  db = await freshDatabase();
  subject = await import('./subject');
  people = await seedPeople(db, 3, 'subject');
});

it('reads the signed-in person with the role the database gives them now', async () => {
  await signIn(people[0]);
  await db.user.update({ where: { id: people[0] }, data: { role: 'facilitator' } });
  expect(await subject.currentSubject()).toMatchObject({ id: people[0], role: 'facilitator', blocked: false, deleted: false });
  expect(await subject.signedInAccount()).toMatchObject({ id: people[0], email: `${people[0]}@example.org` });
});

it('names nobody once a password reset ended the sessions signed in before it', async () => {
  await signIn(people[1], Date.now() - 60_000);
  expect(await subject.currentSubject()).toMatchObject({ id: people[1] });
  await db.user.update({ where: { id: people[1] }, data: { sessionsValidFrom: new Date() } });
  expect(await subject.currentSubject()).toBeNull();
  await signIn(people[1], Date.now() + 1);
  expect(await subject.currentSubject()).toMatchObject({ id: people[1] });
});

it('names nobody without a cookie, for an account that is gone, or for the plain cookie over HTTPS', async () => {
  request.cookie = '';
  expect(await subject.currentSubject()).toBeNull();
  await signIn('nobody-has-this-id');
  expect(await subject.currentSubject()).toBeNull();
  await signIn(people[2]);
  request.proto = 'https';
  expect(await subject.currentSubject()).toBeNull();
  await signIn(people[2], Date.now(), '__Secure-authjs.session-token');
  expect(await subject.currentSubject()).toMatchObject({ id: people[2] });
  request.proto = 'http';
});
