// Signs a demo account in through next-auth's Credentials form, as a browser does, for the benchmark's signed-in routes.
/** The cookies a response sets, as a Cookie header's parts. */
export function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]);
}

/** The Cookie header of a signed-in session. */
export async function signIn(baseUrl: string, email: string, password = 'civictwin-demo'): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const jar = cookiesOf(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.join('; '), origin: baseUrl },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseUrl}/` }),
  });
  const session = cookiesOf(response).find((cookie) => cookie.startsWith('authjs.session-token='));
  if (!session) throw new Error(`signing in ${email} failed (${response.status})`);
  return [...jar, session].join('; ');
}
