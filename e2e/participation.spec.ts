import { expect, test } from '@playwright/test';

import { closeContextsAfterEachTest, signedInPerson } from './support';

const run = Date.now().toString(36);

closeContextsAfterEachTest();
const person = signedInPerson;

test('a proposal is made, discussed, supported, answered and moderated, live for everyone', async ({ browser }) => {
  const sam = await person(browser, 'citizen@example.org');
  const kimEmail = `kim-${run}@example.org`;
  expect((await sam.request.post('/api/users', { data: { name: 'Kim Larsen', email: kimEmail, password: 'a long enough password' } })).status()).toBe(201);
  const kim = await person(browser, kimEmail, 'a long enough password');
  const maria = await person(browser, 'councillor@example.org');
  const fran = await person(browser, 'facilitator@example.org');

  // A citizen proposes.
  await sam.goto('/p/demo/proposals/new');
  await sam.getByLabel('Title').fill(`Trees for Fleet Street ${run}`);
  await sam.getByLabel('Your proposal').fill('Plant twenty plane trees between Ludgate Circus and Chancery Lane.\nThey would shade the bus stops.');
  await sam.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(sam.getByRole('heading', { level: 1 })).toHaveText(`Trees for Fleet Street ${run}`);
  const url = sam.url();

  // It is listed on the process page.
  await kim.goto('/p/demo');
  await kim.getByRole('tab', { name: 'Proposals' }).click();
  await kim.getByRole('link', { name: new RegExp(`Trees for Fleet Street ${run}`) }).click();
  await expect(kim).toHaveURL(url);
  for (const page of [maria, fran]) await page.goto(url);

  // Another citizen comments and supports; the author sees both without reloading.
  await kim.getByLabel('Write a comment').fill('Yes please — and benches under them.');
  await kim.getByRole('button', { name: 'Post' }).click();
  await kim.getByRole('button', { name: /Support/ }).first().click();
  await expect(sam.getByTestId('comment')).toContainText('Yes please — and benches under them.');
  await expect(sam.locator('.proposal .vote-count')).toHaveText('1 person supports this');

  // A councillor answers and accepts; the author and the supporter see it live.
  await maria.getByLabel('New status').selectOption('accepted');
  await maria.getByLabel('Answer to the author and supporters').fill('Accepted: the trees will be planted in the 2026 planting season.');
  await maria.getByRole('button', { name: 'Publish the answer' }).click();
  for (const page of [sam, kim]) {
    await expect(page.getByTestId('proposal-status')).toHaveText('Accepted');
    await expect(page.getByTestId('official-answer')).toContainText('planted in the 2026 planting season');
  }

  // The author reports the comment; a facilitator hides it with a reason readers see.
  await sam.getByTestId('comment').getByRole('button', { name: 'Report' }).click();
  await sam.getByLabel('Why should a moderator look at this?').fill('Off-topic');
  await sam.getByRole('button', { name: 'Send report' }).click();
  await expect(sam.getByText('Thank you. A moderator will look at it.')).toBeVisible();
  const queue = await (await fran.request.get('/api/processes/demo/moderation')).json();
  expect(queue.items.some((item: { excerpt: { text: string } }) => item.excerpt?.text === 'Yes please — and benches under them.')).toBe(true);

  await fran.getByTestId('comment').getByRole('button', { name: 'Hide' }).click();
  await fran.getByLabel('Reason shown to readers').fill('off-topic');
  await fran.getByTestId('comment').getByRole('button', { name: 'Hide' }).click();
  for (const page of [sam, kim, fran]) await expect(page.getByTestId('comment')).toContainText('Hidden by a moderator: off-topic');
  await expect(kim.getByText('Yes please — and benches under them.')).toHaveCount(0);
});

test('an author can keep a proposal as a draft that nobody else sees', async ({ browser }) => {
  const sam = await person(browser, 'citizen@example.org');
  await sam.goto('/p/demo/proposals/new');
  await sam.getByLabel('Title').fill(`Draft idea ${run}`);
  await sam.getByLabel('Your proposal').fill('Still thinking about it.');
  await sam.getByRole('button', { name: 'Save as draft' }).click();
  await expect(sam.getByText('Only you can see this draft until you publish it.')).toBeVisible();
  const url = sam.url();
  const other = await person(browser, 'facilitator@example.org');
  expect((await other.goto(url))?.status()).toBe(404);
  await sam.getByRole('button', { name: 'Publish this draft' }).click();
  await expect(sam.getByTestId('proposal-status')).toHaveText('Published');
  expect((await other.goto(url))?.status()).toBe(200);
});

test('a facilitator hides a spam wave at once and blocks the spammer', async ({ browser }) => {
  const sam = await person(browser, 'citizen@example.org');
  const spamEmail = `spam-${run}@example.org`;
  expect((await sam.request.post('/api/users', { data: { name: 'Cheap Pills', email: spamEmail, password: 'a long enough password' } })).status()).toBe(201);
  const spammer = await person(browser, spamEmail, 'a long enough password');
  const { proposals } = await (await sam.request.get('/api/processes/demo/proposals')).json();
  const target = proposals[0].id;
  const spam = [];
  for (let i = 0; i < 3; i += 1) {
    const response = await spammer.request.post('/api/comments', { data: { targetType: 'proposal', targetId: target, body: `BUY CHEAP PILLS ${run} #${i}` } });
    spam.push((await response.json()).comment.id);
  }
  for (const id of spam) expect((await sam.request.post('/api/flags', { data: { targetType: 'comment', targetId: id, reason: 'spam' } })).status()).toBe(201);

  const fran = await person(browser, 'facilitator@example.org');
  await fran.goto('/p/demo');
  await fran.getByRole('link', { name: 'Moderation queue' }).click();
  const queue = fran.getByTestId('moderation-queue');
  for (let i = 0; i < 3; i += 1) await queue.getByRole('checkbox', { name: new RegExp(`#${i}`) }).check();
  await fran.getByLabel('Reason shown to readers').fill('spam');
  await fran.getByRole('button', { name: 'Hide selected (3)' }).click();
  // Only the spam leaves the queue: what others reported (e.g. by an earlier test) stays for a moderator.
  await expect(queue.getByRole('checkbox', { name: new RegExp(`BUY CHEAP PILLS ${run}`) })).toHaveCount(0);

  await sam.goto(`/p/demo/proposals/${target}`);
  await expect(sam.getByText(`BUY CHEAP PILLS ${run}`)).toHaveCount(0);
  await expect(sam.getByTestId('comment').filter({ hasText: 'Hidden by a moderator: spam' })).toHaveCount(3);

  // Blocking stops the spammer's writes.
  const blocked = await fran.request.post('/api/moderation/block', { data: { process: 'demo', userId: (await (await spammer.request.get('/api/auth/session')).json()).user.id, block: true, reason: 'spam' } });
  expect(blocked.status()).toBe(200);
  const refused = await spammer.request.post('/api/comments', { data: { targetType: 'proposal', targetId: target, body: 'more spam' } });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error.message).toBe('A moderator has paused your participation.');
});

test('a map mark becomes a placed proposal, found with "only in the map area"', async ({ browser }) => {
  const sam = await person(browser, 'citizen@example.org');
  await sam.request.post('/api/processes/demo/proposals', { data: { title: `Unplaced idea ${run}`, body: 'Somewhere, anywhere.', category: 'idea', publish: true } });
  await sam.goto('/p/demo');
  await sam.getByTestId('annotation-list').getByRole('button', { name: /The bus stop here has no shelter/ }).click();
  await sam.getByRole('link', { name: 'Turn into a proposal' }).click();
  await expect(sam.getByText('The proposal is placed where the map mark is.')).toBeVisible();
  await expect(sam.getByLabel('Your proposal')).toHaveValue(/The bus stop here has no shelter/);
  await sam.getByLabel('Title').fill(`Shelter for the Fleet Street bus stop ${run}`);
  await sam.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(sam.getByRole('heading', { level: 1 })).toHaveText(`Shelter for the Fleet Street bus stop ${run}`);

  await sam.goto('/p/demo');
  await sam.getByRole('tab', { name: 'Proposals' }).click();
  const list = sam.getByTestId('proposal-list');
  await expect(list.getByRole('link', { name: new RegExp(`Unplaced idea ${run}`) })).toBeVisible();
  await sam.getByRole('checkbox', { name: 'Only in the map area' }).check();
  await expect(list.getByRole('link', { name: new RegExp(`Shelter for the Fleet Street bus stop ${run}`) })).toBeVisible();
  await expect(list.getByRole('link', { name: new RegExp(`Unplaced idea ${run}`) })).toHaveCount(0);
});

test('an author adds a described picture; other files are refused with a reason', async ({ browser }) => {
  const sam = await person(browser, 'citizen@example.org');
  const created = await sam.request.post('/api/processes/demo/proposals', { data: { title: `Pocket park ${run}`, body: 'A small green corner.', category: 'idea', publish: true } });
  const id = (await created.json()).proposal.id;
  await sam.goto(`/p/demo/proposals/${id}`);
  await sam.getByText('Add a picture').click();
  await sam.getByLabel('Picture (PNG, JPEG or WebP, up to 2 MB)').setInputFiles('e2e/fixtures/green-square.png');
  await sam.getByLabel('Describe the picture for people who cannot see it').fill('A green square where the park would be');
  await sam.getByRole('button', { name: 'Upload' }).click();
  await expect(sam.getByRole('img', { name: 'A green square where the park would be' })).toBeVisible();
  const src = await sam.getByRole('img', { name: 'A green square where the park would be' }).getAttribute('src');
  const served = await sam.request.get(src!);
  expect(served.headers()['content-type']).toBe('image/png');

  const upload = (name: string, mimeType: string, buffer: Buffer) =>
    sam.request.post(`/api/proposals/${id}/images`, { multipart: { image: { name, mimeType, buffer }, alt: 'test' } });
  const svg = await upload('evil.png', 'image/png', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'));
  expect(svg.status()).toBe(415);
  expect((await svg.json()).error.message).toBe('Only PNG, JPEG and WebP pictures can be uploaded.');
  const huge = await upload('huge.png', 'image/png', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(2 * 1024 * 1024 + 10)]));
  expect(huge.status()).toBe(413);
});
