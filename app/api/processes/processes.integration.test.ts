// The process admin API through the real route handlers on a fresh database, with a real collab
// server beside it: who may create and change processes, the field errors, the lifecycle's
// refusals, drafts seen by staff only, and a close that stops the edits of a socket already open.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { addAnnotation, annotationsMap } from '@/lib/collab/annotation';
import { eventually, TEST_SECRET } from '@/server/collab/testing/harness';
import { markBy, startFixture, type Fixture, type Person } from '@/server/collab/testing/fixture';

const signedIn = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock('@/server/auth/session-claims', () => ({ sessionClaims: async () => (signedIn.userId ? { userId: signedIn.userId, signedInAt: Date.now() } : null) }));
vi.mock('@/server/auth/auth', () => ({ auth: async () => (signedIn.userId ? { user: { id: signedIn.userId } } : null) }));

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Answer = { status: number; body: Record<string, unknown> & { error?: { code: string; params?: Record<string, unknown> } } };

let fixture: Fixture;
let routes: { create: Handler; one: Record<'GET' | 'PATCH', Handler>; token: Handler; annotations: Handler };
const people = {} as Record<'citizen' | 'facilitator' | 'admin', Person>;

async function call(handler: Handler, as: Person | null, options: { method?: string; body?: unknown; params?: Record<string, string>; url?: string } = {}): Promise<Answer> {
  signedIn.userId = as?.id ?? null;
  const { method = 'GET', body, params = {}, url = 'http://localhost/api' } = options;
  const request = new Request(url, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const response = await handler(request, { params: Promise.resolve(params) });
  return { status: response.status, body: await response.json().catch(() => ({})) };
}

const create = (as: Person | null, body: unknown) => call(routes.create, as, { method: 'POST', body });
const patch = (as: Person | null, slug: string, body: unknown) => call(routes.one.PATCH, as, { method: 'PATCH', body, params: { slug } });
const read = (as: Person | null, slug: string) => call(routes.one.GET, as, { params: { slug } });

const BOUNDS = [-0.12, 51.5, -0.08, 51.53];
let serial = 0;
const draft = (more: Record<string, unknown> = {}): Record<string, unknown> & { slug: string } => ({ slug: `p-${Date.now().toString(36)}-${serial++}`, title: 'Greener streets', description: '<h2>Why</h2><p>Tell us.</p>', bounds: BOUNDS, ...more });
const past = new Date(Date.now() - 86_400_000).toISOString();
const future = new Date(Date.now() + 30 * 86_400_000).toISOString();

beforeAll(async () => {
  fixture = await startFixture();
  process.env.AUTH_SECRET = TEST_SECRET;
  process.env.CIVICTWIN_WRITES_PER_MINUTE = '100000';
  people.citizen = await fixture.person('Cit');
  people.facilitator = await fixture.person('Fay', 'facilitator');
  people.admin = await fixture.person('Ada', 'admin');
  routes = {
    create: (await import('./route')).POST as Handler,
    one: (await import('./[slug]/route')) as unknown as Record<'GET' | 'PATCH', Handler>,
    token: (await import('../collab/token/route')).GET as Handler,
    annotations: (await import('./[slug]/annotations/route')).GET as Handler,
  };
}, 60_000);

afterAll(async () => {
  await fixture?.stop();
});

describe('creating a process', () => {
  it('answers 201 with the process to an admin, 401 signed out and 403 to everyone else', async () => {
    expect((await create(null, draft())).status).toBe(401);
    expect((await create(people.citizen, draft())).body.error?.code).toBe('forbidden');
    expect((await create(people.facilitator, draft())).status).toBe(403);
    const input = draft({ categories: [{ id: 'trees', label: 'Trees', labels: { fr: 'Arbres' }, color: '#009E73', symbol: 'T', icon: 'tree' }] });
    const answer = await create(people.admin, input);
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ slug: input.slug, title: 'Greener streets', status: 'draft', bounds: BOUNDS, categories: input.categories });
  });

  it('refuses a slug that is taken with 409, on the slug field', async () => {
    const input = draft();
    expect((await create(people.admin, input)).status).toBe(201);
    expect(await create(people.admin, { ...input, title: 'Again' })).toMatchObject({ status: 409, body: { error: { code: 'slug_taken', params: { field: 'slug' } } } });
  });

  it('explains bad input field by field with 400', async () => {
    const problem = async (body: unknown) => (await create(people.admin, body)).body.error;
    expect(await problem(draft({ slug: 'Not A Slug' }))).toMatchObject({ code: 'invalid_input', params: { field: 'slug', problem: 'invalid_slug' } });
    expect(await problem(draft({ title: '   ' }))).toMatchObject({ params: { field: 'title', problem: 'empty' } });
    expect(await problem(draft({ bounds: [1, 2, 0, 3] }))).toMatchObject({ params: { field: 'bounds', problem: 'invalid_bounds' } });
    expect(await problem(draft({ opensAt: future, closesAt: past }))).toMatchObject({ params: { field: 'closesAt', problem: 'not_after_opening' } });
    expect(await problem(draft({ categories: [{ id: 'x', label: 'X', color: 'red', symbol: 'X' }] }))).toMatchObject({ params: { field: 'color', problem: 'invalid_color' } });
    expect(await problem(draft({ categories: [{ id: 'x', label: 'X', color: '#000000', symbol: 'X', icon: 'https://evil.example/i.svg' }] }))).toMatchObject({ params: { field: 'icon' } });
    expect(await problem({ ...draft(), extra: 1 })).toMatchObject({ code: 'invalid_input' });
  });

  it('stores the description sanitised, in every language', async () => {
    const answer = await create(people.admin, draft({
      description: '<h2 onclick="x()">Plan</h2><script>alert(1)</script><a href="javascript:alert(1)">x</a>',
      translations: { fr: { title: 'Rues plus vertes', description: '<p>Bonjour<img src=x onerror=alert(1)></p>' } },
    }));
    expect(answer.body.description).toBe('<h2>Plan</h2><a>x</a>');
    expect(answer.body.translations).toEqual({ fr: { title: 'Rues plus vertes', description: '<p>Bonjour</p>' } });
  });
});

describe('the lifecycle through PATCH', () => {
  it('opens, closes once, reopens and archives; an admin only', async () => {
    const { slug } = (await create(people.admin, draft())).body as { slug: string };
    expect((await patch(people.citizen, slug, { status: 'open' })).status).toBe(403);
    expect((await patch(null, slug, { status: 'open' })).status).toBe(401);
    expect((await patch(people.admin, slug, { status: 'closed' })).body.error).toMatchObject({ code: 'process_invalid_transition', params: { field: 'status' } });
    expect((await patch(people.admin, slug, { status: 'open' })).body).toMatchObject({ status: 'open' });
    expect((await patch(people.admin, slug, { status: 'closed' })).body).toMatchObject({ status: 'closed' });
    expect(await patch(people.admin, slug, { status: 'closed' })).toMatchObject({ status: 409, body: { error: { code: 'process_already_closed' } } });
    expect((await patch(people.admin, slug, { status: 'archived' })).body).toMatchObject({ status: 'archived' });
    expect((await patch(people.admin, 'no-such-process', { title: 'x' })).status).toBe(404);
  });

  it('warns before opening a process whose closing date has passed, and opens it once confirmed', async () => {
    const { slug } = (await create(people.admin, draft({ closesAt: past }))).body as { slug: string };
    expect(await patch(people.admin, slug, { status: 'open' })).toMatchObject({ status: 409, body: { error: { code: 'closes_in_past', params: { field: 'closesAt' } } } });
    expect((await patch(people.admin, slug, { status: 'open', confirm: true })).body).toMatchObject({ status: 'open' });
  });

  it('changes texts, dates, categories, territory and the slug', async () => {
    const { slug } = (await create(people.admin, draft())).body as { slug: string };
    const territory = { type: 'Polygon', coordinates: [[[-0.11, 51.51], [-0.09, 51.51], [-0.1, 51.52], [-0.11, 51.51]]] };
    const answer = await patch(people.admin, slug, { slug: `${slug}-b`, question: 'What would you plant?', opensAt: past, closesAt: future, allowOppose: true, territory, bounds: [-0.11, 51.51, -0.09, 51.52] });
    expect(answer.body).toMatchObject({ slug: `${slug}-b`, question: 'What would you plant?', allowOppose: true, bounds: [-0.11, 51.51, -0.09, 51.52], closesAt: future });
    expect((await read(people.admin, `${slug}-b`)).body).toMatchObject({ question: 'What would you plant?' });
  });
});

describe('a draft is for staff only', () => {
  it('on the API, the annotations export and the collab token', async () => {
    const { slug } = (await create(people.admin, draft())).body as { slug: string };
    for (const [who, status] of [[null, 404], [people.citizen, 404], [people.facilitator, 200], [people.admin, 200]] as const) {
      expect((await read(who, slug)).status, `${who?.id ?? 'visitor'} reads`).toBe(status);
      expect((await call(routes.annotations, who, { params: { slug }, url: `http://localhost/api/processes/${slug}/annotations?format=geojson` })).status).toBe(status);
      expect((await call(routes.token, who, { url: `http://localhost/api/collab/token?process=${slug}` })).status).toBe(status);
    }
  });
});

describe('closing a process', () => {
  it('stops the next edit of a socket already open, within the collab server’s watch interval', async () => {
    const slug = 'collab-test';
    const writer = await fixture.person('Wes');
    const [client, witness] = [await fixture.join(writer), await fixture.join(await fixture.person('Wit'))];
    const before = markBy(writer);
    addAnnotation(client.doc, before);
    await eventually(() => expect(annotationsMap(witness.doc).has(before.id)).toBe(true));

    expect((await patch(people.admin, slug, { status: 'closed' })).body).toMatchObject({ status: 'closed' });
    await new Promise((resolve) => setTimeout(resolve, 600));
    const after = markBy(writer);
    addAnnotation(client.doc, after);
    expect(await client.closed).toMatchObject({ code: 4403, reason: expect.stringMatching(/^process_closed:/) });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(annotationsMap(witness.doc).has(after.id)).toBe(false);
    expect(await fixture.db.annotation.findUnique({ where: { id: after.id } })).toBeNull();
  });
});
