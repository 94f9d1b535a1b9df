import { expect, test, type Browser, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'civictwin-demo';
export const DEMO_ROLES = [
  { role: 'citizen', email: 'citizen@example.org', name: 'Sam Okafor', label: 'Citizen' },
  { role: 'facilitator', email: 'facilitator@example.org', name: 'Fran Keller', label: 'Facilitator' },
  { role: 'councillor', email: 'councillor@example.org', name: 'Cllr Maria Lopes', label: 'Councillor' },
  { role: 'admin', email: 'admin@example.org', name: 'Alex Morgan', label: 'Administrator' },
] as const;

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/signin');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Waits until MapLibre has fired "load" and then finished drawing everything it asked for. */
export async function waitForMapIdle(page: Page) {
  await expect(page.locator('[data-testid="process-map"][data-map-loaded="true"][data-map-idle="true"]')).toBeVisible({ timeout: 60_000 });
}

/** The share of pixels (0–1) that differ clearly between two PNG screenshots of the same size. */
export async function changedPixelShare(page: Page, before: Buffer, after: Buffer): Promise<number> {
  return page.evaluate(
    async ([a, b]) => {
      // An <img> rather than fetch(): the page's CSP lets images, not connections, read data: URLs.
      const decode = async (base64: string) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const bitmap = await createImageBitmap(image);
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(0, 0, bitmap.width, bitmap.height).data;
      };
      const [pa, pb] = [await decode(a), await decode(b)];
      let changed = 0;
      for (let i = 0; i < pa.length; i += 4) {
        const delta = Math.abs(pa[i] - pb[i]) + Math.abs(pa[i + 1] - pb[i + 1]) + Math.abs(pa[i + 2] - pb[i + 2]);
        if (delta > 40) changed += 1;
      }
      return changed / (pa.length / 4);
    },
    [before.toString('base64'), after.toString('base64')] as const,
  );
}

/** Signs a request context in through next-auth's credentials endpoint (no browser needed). */
export async function apiSignIn(request: import('@playwright/test').APIRequestContext, email: string, password = DEMO_PASSWORD) {
  const { csrfToken } = await (await request.get('/api/auth/csrf')).json();
  await request.post('/api/auth/callback/credentials', { form: { csrfToken, email, password, callbackUrl: '/' } });
  const session = await (await request.get('/api/auth/session')).json();
  if (session?.user?.email !== email) throw new Error(`could not sign in ${email}`);
}

/** A signed-in person in a browser context of their own. */
export async function signedInPerson(browser: Browser, email: string, password?: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, password);
  await expect(page.getByTestId('user-identity')).toBeVisible();
  return page;
}

/** Closes each test's contexts (one per person), so earlier pages do not keep connections open. */
export function closeContextsAfterEachTest() {
  test.afterEach(async ({ browser }) => {
    for (const context of browser.contexts()) await context.close();
  });
}

/**
 * Collects the Content-Security-Policy violations of a page and its workers from now on: the
 * `securitypolicyviolation` event, and Chromium's console report (which also covers workers).
 */
export async function watchCspViolations(page: Page): Promise<() => string[]> {
  const seen: string[] = [];
  const note = (message: { text(): string }) => {
    if (/Content Security Policy|securitypolicyviolation/i.test(message.text())) seen.push(message.text());
  };
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`securitypolicyviolation: ${event.violatedDirective} ${event.blockedURI}`));
  });
  page.on('console', note);
  page.on('worker', (worker) => worker.on('console', note));
  return () => [...seen];
}
