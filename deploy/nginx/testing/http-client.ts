// Plain HTTP requests from a chosen loopback address (127.0.0.2, 127.0.0.3, …), so one machine can play
// several clients behind nginx; next-auth's credentials sign-in; a server-sent event stream read as it comes.
import http from 'node:http';

export type Reply = { status: number; headers: http.IncomingHttpHeaders; body: string };
type Options = { method?: string; headers?: Record<string, string>; body?: string; from?: string };

export function send(url: string, { method = 'GET', headers = {}, body, from }: Options = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method, headers, localAddress: from, agent: false }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }));
    });
    request.setTimeout(30_000, () => request.destroy(new Error(`${method} ${url}: no answer in 30 s`)));
    request.on('error', reject);
    request.end(body);
  });
}

const cookiesOf = (reply: Reply) => (reply.headers['set-cookie'] ?? []).map((cookie) => cookie.split(';')[0]);

/** Signs in as a browser's form does; `session` is the Cookie header when it worked, `location` where it was sent. */
export async function signIn(base: string, email: string, password: string, from?: string, headers: Record<string, string> = {}) {
  const csrf = await send(`${base}/api/auth/csrf`, { from });
  const jar = cookiesOf(csrf);
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const reply = await send(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    from,
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.join('; '), origin: base, ...headers },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/` }).toString(),
  });
  const session = cookiesOf(reply).find((cookie) => cookie.startsWith('authjs.session-token='));
  return { session: session ? [...jar, session].join('; ') : null, location: decodeURIComponent(String(reply.headers.location ?? '')) };
}

/** An open event stream, asked for as a browser does (compression welcome): everything received so far, as it arrives. */
export function openStream(url: string) {
  let received = '';
  let status = 0;
  const request = http.get(url, { headers: { accept: 'text/event-stream', 'accept-encoding': 'gzip, deflate, br' }, agent: false }, (response) => {
    status = response.statusCode ?? 0;
    response.setEncoding('utf8');
    response.on('data', (chunk) => (received += chunk));
  });
  request.on('error', () => {});
  return { received: () => received, status: () => status, close: () => request.destroy() };
}
