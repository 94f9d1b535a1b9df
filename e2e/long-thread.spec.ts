import { expect, test } from '@playwright/test';

// The demo's Fleet Street proposal has more comments than one page holds.
test('a long thread shows its first page, and the rest after "Show more comments", reached by keyboard', async ({ page }) => {
  const { proposals } = await (await page.request.get('/api/processes/demo/proposals?sort=discussed&limit=1')).json();
  expect(proposals[0].title).toBe('Plane trees along Fleet Street');
  const { comments: firstPage, total, nextCursor } = await (await page.request.get(`/api/comments?targetType=proposal&targetId=${proposals[0].id}`)).json();
  expect(nextCursor).toBeTruthy();
  const shownAtFirst = firstPage.reduce((n: number, c: { replies: unknown[] }) => n + 1 + c.replies.length, 0);

  await page.goto(`/p/demo/proposals/${proposals[0].id}`);
  const comments = page.getByTestId('comment');
  await expect(page.getByRole('heading', { name: `Comments (${total})` })).toBeVisible();
  await expect(comments).toHaveCount(shownAtFirst);
  await expect(page.getByText(`${shownAtFirst} of ${total} shown`)).toBeVisible();

  const more = page.getByRole('button', { name: 'Show more comments' });
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(comments).toHaveCount(total);
  await expect(more).toHaveCount(0);
});
