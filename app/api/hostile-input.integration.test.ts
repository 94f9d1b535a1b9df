// Every text field of the API, through the real route handlers on a fresh database: each string of
// the Big List of Naughty Strings is stored and read back exactly as sent (after the trimming the
// schemas document) or refused with a clear 4xx, never a 5xx; a lone surrogate is refused with 400
// invalid_input; an oversized chunked body is refused with 413 before it is read whole. Link tokens
// and ids in routes (e-mail confirmation, invitations) are always refused with a clean 4xx.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { databaseDialect } from '@/lib/database-url';
import { isErrorCode } from '@/lib/errors/codes';
import type { PrismaClient } from '@/server/generated/prisma/client';
import { NAUGHTY_STRINGS, SURROGATE_CORPUS } from '@/server/http/testing/hostile-strings';

const signedIn = vi.hoisted(() => ({ userId: null as string | null, guestId: null as string | null }));
vi.mock('@/server/auth/session-claims', () => ({ sessionClaims: async () => (signedIn.userId ? { userId: signedIn.userId, signedInAt: Date.now() } : null) }));
vi.mock('@/server/auth/auth', () => ({
  auth: async () => (signedIn.userId ? { user: { id: signedIn.userId } } : null),
  async currentUser() {
    const { db } = await import('@/server/db');
    const user = signedIn.userId ? await db.user.findUnique({ where: { id: signedIn.userId } }) : null;
    return user && !user.deletedAt ? { id: user.id, name: user.name, email: user.email ?? '', role: user.role } : null;
  },
  signOut: async () => undefined,
}));
// The join route signs a new guest in through next-auth; here the guest's id is all that is needed.
vi.mock('@/server/auth/sign-in-guest', () => ({
  signInGuest: async (guestId: string) => {
    signedIn.guestId = guestId;
  },
}));
vi.mock('next-intl/server', () => ({ getLocale: async () => 'en' }));
// Hashing is not under test here, and 461 real hashes would take minutes.
vi.mock('@/server/auth/password', async (importOriginal) => ({ ...(await importOriginal<object>()), hashPassword: async (password: string) => `test:${password}` }));

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Answer = { status: number; body: { error?: { code: string; params?: Record<string, unknown> } } & Record<string, unknown> };
type Person = { id: string };

let db: PrismaClient;
let routes: Record<string, Record<string, Handler>>;
let processId: string;
const people = {} as Record<'citizen' | 'facilitator' | 'councillor' | 'admin', Person>;
const SLUG = 'hostile';
const LIVE_SESSION = 'hostile-session';
const JOIN_CODE = 'HACKER';
const STYLE = { color: '#336699', opacity: 0.8 };

async function call(handler: Handler, as: Person | null, body: unknown, params: Record<string, string> = {}, method = 'POST'): Promise<Answer> {
  signedIn.userId = as?.id ?? null;
  const request = new Request('http://localhost/api', { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const response = await handler(request, { params: Promise.resolve(params) });
  return { status: response.status, body: await response.json() };
}

const participationText = (text: string) => text.replace(/\r\n/g, '\n').trim();
const trimmed = (text: string) => text.trim();

/** The stored value when all the named columns hold the same text (the string was sent in each), else all of them. */
function same<Row extends Record<string, unknown>>(row: Row | null, keys: (keyof Row)[]) {
  const values = keys.map((key) => row?.[key]);
  return values.every((value) => value === values[0]) ? values[0] : values;
}

let serial = 0;
const unique = () => `${Date.now().toString(36)}${(serial++).toString(36)}`;
const proposal = (status = 'published') => db.proposal.create({ data: { processId, authorId: people.citizen.id, title: 'A bench', body: 'By the river', category: 'idea', status } });
const comment = async () => db.comment.create({ data: { targetType: 'proposal', targetId: (await proposal()).id, processId, authorId: people.citizen.id, body: 'Agreed' } });

/**
 * One text field: how to send a string through its route, and where the stored value is read back.
 * `corpus` is a fixed sample for the fields added later (CI time): every Nth string, shifted per field.
 */
type Field = {
  name: string;
  send: (text: string) => Promise<{ answer: Answer; stored?: () => Promise<unknown> }>;
  normalise: (text: string) => string;
  corpus?: readonly string[];
  /** A link's token or a row's id: no string of the corpus is one, so each must be refused. */
  refusedOnly?: boolean;
};

const SAMPLE_EVERY = 8;
const sample = (shift: number) => NAUGHTY_STRINGS.filter((_, i) => i % SAMPLE_EVERY === shift % SAMPLE_EVERY);
const sluggish = () => `p-${unique()}`;

const FIELDS: Field[] = [
  {
    name: 'sign-up name',
    normalise: trimmed,
    async send(name) {
      const answer = await call(routes.users.POST, null, { name, email: `n${unique()}@example.org`, password: 'long enough password' });
      return { answer, stored: async () => (await db.user.findUnique({ where: { id: (answer.body.user as { id: string }).id } }))?.name };
    },
  },
  {
    name: 'proposal title and body',
    normalise: participationText,
    async send(text) {
      const answer = await call(routes.proposals.POST, people.citizen, { title: text, body: text, category: 'idea', publish: true }, { slug: SLUG });
      return { answer, stored: async () => same(await db.proposal.findUnique({ where: { id: (answer.body.proposal as { id: string }).id } }), ['title', 'body']) };
    },
  },
  {
    name: 'proposal edit (title and body)',
    normalise: participationText,
    async send(text) {
      const { id } = await proposal();
      const answer = await call(routes.proposal.PATCH, people.citizen, { title: text, body: text, category: 'idea' }, { id }, 'PATCH');
      return { answer, stored: async () => same(await db.proposal.findUnique({ where: { id } }), ['title', 'body']) };
    },
  },
  {
    name: 'official answer',
    normalise: participationText,
    async send(answerText) {
      const { id } = await proposal();
      const answer = await call(routes.status.POST, people.councillor, { status: 'under_review', answer: answerText }, { id });
      return { answer, stored: async () => (await db.proposalStatusChange.findFirst({ where: { proposalId: id } }))?.reason };
    },
  },
  {
    name: 'comment',
    normalise: participationText,
    async send(body) {
      const { id } = await proposal();
      const answer = await call(routes.comments.POST, people.citizen, { targetType: 'proposal', targetId: id, body });
      return { answer, stored: async () => (await db.comment.findUnique({ where: { id: (answer.body.comment as { id: string }).id } }))?.body };
    },
  },
  {
    name: 'comment edit',
    normalise: participationText,
    async send(body) {
      const { id } = await comment();
      const answer = await call(routes.comment.PATCH, people.citizen, { body }, { id }, 'PATCH');
      return { answer, stored: async () => (await db.comment.findUnique({ where: { id } }))?.body };
    },
  },
  {
    name: 'flag reason',
    normalise: participationText,
    async send(reason) {
      const { id } = await proposal();
      const answer = await call(routes.flags.POST, people.facilitator, { targetType: 'proposal', targetId: id, reason });
      return { answer, stored: async () => (await db.flag.findUnique({ where: { id: (answer.body.flag as { id: string }).id } }))?.reason };
    },
  },
  {
    name: 'moderation reason',
    normalise: participationText,
    async send(reason) {
      const { id } = await comment();
      const answer = await call(routes.moderation.POST, people.facilitator, { action: 'hide', targets: [{ targetType: 'comment', targetId: id }], reason });
      return { answer, stored: async () => (await db.comment.findUnique({ where: { id } }))?.hiddenReason };
    },
  },
  {
    name: 'block reason',
    normalise: trimmed,
    async send(reason) {
      const user = await db.user.create({ data: { name: 'Someone', email: `b${unique()}@example.org`, role: 'citizen' } });
      const answer = await call(routes.block.POST, people.facilitator, { process: SLUG, userId: user.id, block: true, reason });
      return { answer, stored: async () => (await db.user.findUnique({ where: { id: user.id } }))?.blockedReason };
    },
  },
  {
    name: 'map service name, description, owner and attribution',
    normalise: trimmed,
    async send(text) {
      const source = { type: 'xyz', url: 'https://tiles.example.test/{z}/{x}/{y}.png' };
      const answer = await call(routes.layers.POST, people.admin, { name: text, description: text, owner: text, attribution: text, style: STYLE, source }, { slug: SLUG });
      return { answer, stored: async () => same(await db.layer.findUnique({ where: { id: (answer.body.layer as { id: string }).id } }), ['name', 'description', 'owner', 'attribution']) };
    },
  },
  {
    name: 'layer rename',
    normalise: trimmed,
    async send(name) {
      const layer = await db.layer.create({ data: { processId, slug: `l-${unique()}`, name: 'Trees', owner: 'City', sourceType: 'xyz', sourceUrl: 'https://tiles.example.test/{z}/{x}/{y}.png', style: JSON.stringify(STYLE), attribution: '© City' } });
      const answer = await call(routes.layer.PATCH, people.admin, { name }, { slug: SLUG, layerId: layer.id }, 'PATCH');
      return { answer, stored: async () => (await db.layer.findUnique({ where: { id: layer.id } }))?.name };
    },
  },
  {
    name: 'scenario name and description',
    normalise: trimmed,
    async send(text) {
      const answer = await call(routes.scenarios.POST, people.admin, { name: text, description: text, layerIds: [] }, { slug: SLUG });
      return { answer, stored: async () => same(await db.scenario.findUnique({ where: { id: (answer.body.scenario as { id: string }).id } }), ['name', 'description']) };
    },
  },
  {
    name: 'process title, question and description (create)',
    normalise: trimmed,
    corpus: sample(0),
    async send(text) {
      const answer = await call(routes.processes.POST, people.admin, { slug: sluggish(), title: text, question: text, description: text, bounds: [-0.12, 51.5, -0.08, 51.53] });
      return { answer, stored: async () => same(await db.process.findUnique({ where: { id: answer.body.id as string } }), ['title', 'question']) };
    },
  },
  {
    name: 'process title, question and description (edit)',
    normalise: trimmed,
    corpus: sample(1),
    async send(text) {
      const { slug, id } = await db.process.create({ data: { slug: sluggish(), title: 'Draft', description: '', status: 'draft', boundsWest: -0.12, boundsSouth: 51.5, boundsEast: -0.08, boundsNorth: 51.53 } });
      const answer = await call(routes.process.PATCH, people.admin, { title: text, question: text, description: text }, { slug }, 'PATCH');
      return { answer, stored: async () => same(await db.process.findUnique({ where: { id } }), ['title', 'question']) };
    },
  },
  {
    name: 'installation-wide block reason',
    normalise: trimmed,
    corpus: sample(2),
    async send(reason) {
      const user = await db.user.create({ data: { name: 'Someone', email: `i${unique()}@example.org`, role: 'citizen' } });
      const answer = await call(routes.user.PATCH, people.admin, { blocked: true, reason }, { id: user.id }, 'PATCH');
      return { answer, stored: async () => (await db.user.findUnique({ where: { id: user.id } }))?.blockedReason };
    },
  },
  {
    name: 'basemap name and attribution',
    normalise: trimmed,
    corpus: sample(3),
    async send(text) {
      await db.remoteBasemap.deleteMany(); // at most 50 are kept
      const answer = await call(routes.basemaps.POST, people.admin, { name: text, kind: 'style', url: 'https://maps.example.test/style.json', attribution: text });
      return { answer, stored: async () => same(await db.remoteBasemap.findFirst(), ['name', 'attribution']) };
    },
  },
  {
    name: 'installation settings (data controller)',
    normalise: trimmed,
    corpus: sample(4),
    async send(text) {
      const answer = await call(routes.settings.PATCH, people.admin, { controllerName: text, controllerContact: text }, {}, 'PATCH');
      const { readSettings } = await import('@/server/settings/installation-settings');
      return { answer, stored: async () => same(await readSettings(), ['controllerName', 'controllerContact']) };
    },
  },
  {
    name: 'invitation label',
    normalise: trimmed,
    corpus: sample(5),
    async send(label) {
      const answer = await call(routes.invitations.POST, people.admin, { role: 'facilitator', label });
      return { answer, stored: async () => (await db.invitation.findUnique({ where: { id: (answer.body.invitation as { id: string }).id } }))?.label };
    },
  },
  {
    name: 'password-reset e-mail',
    normalise: (text) => text,
    corpus: sample(6),
    async send(email) {
      return { answer: await call(routes.passwordReset.POST, null, { email }) };
    },
  },
  {
    name: 'e-mail confirmation token',
    normalise: (text) => text,
    corpus: sample(7),
    refusedOnly: true,
    async send(token) {
      return { answer: await call(routes.emailConfirmation.POST, null, { token }) };
    },
  },
  {
    name: 'invitation id (withdraw)',
    normalise: (text) => text,
    corpus: sample(0),
    refusedOnly: true,
    async send(id) {
      return { answer: await call(routes.invitationWithdraw.POST, people.admin, {}, { id }) };
    },
  },
  {
    name: 'invitation token (accept)',
    normalise: (text) => text,
    corpus: sample(4),
    refusedOnly: true,
    async send(token) {
      return { answer: await call(routes.invitationAccept.POST, people.citizen, { token }) };
    },
  },
  {
    name: 'live session title, phase title and instructions',
    normalise: trimmed,
    corpus: sample(1),
    async send(text) {
      const answer = await call(routes.sessions.POST, people.facilitator, { title: text, phases: [{ id: 'one', title: text, instructions: text }], start: false }, { slug: SLUG });
      return {
        answer,
        async stored() {
          const row = await db.liveSession.findUnique({ where: { id: answer.body.id as string } });
          const [phase] = JSON.parse(row?.phases ?? '[]') as { title: string; instructions: string }[];
          return same({ title: row?.title, phaseTitle: phase?.title, instructions: phase?.instructions }, ['title', 'phaseTitle', 'instructions']);
        },
      };
    },
  },
  {
    name: 'join name (a guest joins a live session)',
    normalise: trimmed,
    corpus: sample(2),
    async send(name) {
      signedIn.guestId = null;
      const answer = await call(routes.join.POST, null, { code: JOIN_CODE, name });
      const guestId = signedIn.guestId;
      return {
        answer,
        stored: async () => same(await db.sessionParticipant.findFirst({ where: { userId: guestId ?? '' }, select: { displayName: true, user: { select: { name: true } } } }).then((row) => ({ display: row?.displayName, name: row?.user.name })), ['display', 'name']),
      };
    },
  },
  {
    name: 'private mark text',
    normalise: (text) => text,
    corpus: sample(3),
    async send(text) {
      const { newAnnotationId } = await import('@/lib/collab/annotation');
      const now = Date.now();
      const mark = { id: newAnnotationId(), kind: 'point', geometry: { type: 'Point', coordinates: [-0.1, 51.515] }, category: 'idea', text, authorId: people.citizen.id, authorName: 'The citizen', createdAt: now, updatedAt: now };
      const answer = await call(routes.privateMarks.POST, people.citizen, mark, { slug: SLUG, id: LIVE_SESSION });
      return { answer, stored: async () => JSON.parse((await db.privateMark.findUnique({ where: { id: mark.id } }))?.annotation ?? '{}').text };
    },
  },
  {
    name: 'password to delete one’s account',
    normalise: (text) => text,
    async send(password) {
      return { answer: await call(routes.me.DELETE, people.citizen, { password }, {}, 'DELETE') };
    },
  },
];

beforeAll(async () => {
  const { prepareDatabase } = await import('@/server/collab/testing/harness');
  process.env.DATABASE_URL = prepareDatabase();
  process.env.CIVICTWIN_WRITES_PER_MINUTE = '1000000';
  process.env.CIVICTWIN_SIGN_UPS_PER_HOUR = '1000000';
  db = (await import('@/server/db')).db;
  // Thousands of small writes on a throwaway file: no need to wait for the disk after each.
  if (databaseDialect() === 'sqlite') {
    await db.$queryRawUnsafe('PRAGMA synchronous = OFF');
    await db.$queryRawUnsafe('PRAGMA journal_mode = WAL');
  }
  const created = await db.process.create({
    data: { slug: SLUG, title: 'Hostile', description: 'Test', status: 'open', boundsWest: -0.12, boundsSouth: 51.5, boundsEast: -0.08, boundsNorth: 51.53, categories: JSON.stringify([{ id: 'idea', label: 'Idea', color: '#336699', symbol: 'I' }]) },
  });
  processId = created.id;
  for (const role of ['citizen', 'facilitator', 'councillor', 'admin'] as const) {
    people[role] = await db.user.create({ data: { name: `The ${role}`, email: `${role}@example.org`, role, passwordHash: 'test:the right password' } });
  }
  // One running session in private mode, no phase (nothing restricted): guests join it, the citizen marks in it.
  await db.liveSession.create({
    data: { id: LIVE_SESSION, processId, title: 'Workshop', joinCode: JOIN_CODE, status: 'live', startedAt: new Date(), privateMode: true, facilitatorId: people.facilitator.id, participants: { create: { userId: people.citizen.id, displayName: 'The citizen' } } },
  });
  routes = {
    users: await import('@/app/api/users/route'),
    proposals: await import('@/app/api/processes/[slug]/proposals/route'),
    proposal: await import('@/app/api/proposals/[id]/route'),
    status: await import('@/app/api/proposals/[id]/status/route'),
    images: await import('@/app/api/proposals/[id]/images/route'),
    comments: await import('@/app/api/comments/route'),
    comment: await import('@/app/api/comments/[id]/route'),
    flags: await import('@/app/api/flags/route'),
    moderation: await import('@/app/api/moderation/route'),
    block: await import('@/app/api/moderation/block/route'),
    layers: await import('@/app/api/processes/[slug]/layers/route'),
    layer: await import('@/app/api/processes/[slug]/layers/[layerId]/route'),
    scenarios: await import('@/app/api/processes/[slug]/scenarios/route'),
    me: await import('@/app/api/me/route'),
    processes: await import('@/app/api/processes/route'),
    process: await import('@/app/api/processes/[slug]/route'),
    user: await import('@/app/api/users/[id]/route'),
    basemaps: await import('@/app/api/basemaps/route'),
    settings: await import('@/app/api/settings/route'),
    invitations: await import('@/app/api/invitations/route'),
    passwordReset: await import('@/app/api/password-reset/route'),
    emailConfirmation: await import('@/app/api/email-confirmation/route'),
    invitationWithdraw: await import('@/app/api/invitations/[id]/withdraw/route'),
    invitationAccept: await import('@/app/api/invitations/accept/route'),
    sessions: await import('@/app/api/processes/[slug]/sessions/route'),
    join: await import('@/app/api/join/route'),
    privateMarks: await import('@/app/api/processes/[slug]/sessions/[id]/private-marks/route'),
  } as unknown as typeof routes;
}, 120_000);

afterAll(async () => {
  await db?.$disconnect();
});

describe('the naughty-strings corpus through every text field', () => {
  it.each(FIELDS.map((field, index) => [field.name, field, index] as const))('%s: stored as sent or refused with a clear 4xx, never a 5xx', async (_name, field, index) => {
    const outcomes = { stored: 0, refused: 0 };
    // What is refused does not depend on the database, only what is stored: on PostgreSQL (the second pass)
    // each field takes its own eighth of the corpus, so every string is still stored there through some field.
    const corpus = field.corpus ?? (databaseDialect() === 'postgresql' ? sample(index) : NAUGHTY_STRINGS);
    for (const text of corpus) {
      const { answer, stored } = await field.send(text);
      expect(answer.status, `${JSON.stringify(text)} → ${JSON.stringify(answer.body)}`).toBeLessThan(500);
      if (field.refusedOnly) expect(answer.status, JSON.stringify(text)).toBeGreaterThanOrEqual(400);
      if (answer.status < 300) {
        outcomes.stored += 1;
        if (stored) expect(await stored(), JSON.stringify(text)).toBe(field.normalise(text));
      } else {
        outcomes.refused += 1;
        expect(answer.status, JSON.stringify(text)).toBeGreaterThanOrEqual(400);
        expect(isErrorCode(answer.body.error?.code), JSON.stringify(answer.body)).toBe(true);
      }
    }
    expect(outcomes.stored + outcomes.refused).toBe(corpus.length);
  }, 600_000);
});

describe('lone surrogates through every text field', () => {
  it.each(FIELDS.map((field) => [field.name, field] as const))('%s: 400 invalid_input, invalid_characters', async (_name, field) => {
    for (const text of SURROGATE_CORPUS) {
      const { answer } = await field.send(text);
      expect(answer.status, `${JSON.stringify(text)} → ${JSON.stringify(answer.body)}`).toBe(400);
      expect(answer.body.error).toMatchObject({ code: 'invalid_input', params: { problem: 'invalid_characters' } });
    }
  });
});
