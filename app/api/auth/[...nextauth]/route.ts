import { NextRequest } from 'next/server';

import { handlers } from '@/server/auth/auth';
import { handleRoute } from '@/server/http/app-error';
import { readBytes } from '@/server/http/read-body';

// A sign-in or sign-out form is a few hundred bytes; next-auth would read any body whole.
const AUTH_FORM_MAX_BYTES = 16 * 1024;

/**
 * The address the browser used, from its Host: Next's request URL names this process's own host and port
 * (server/web/main.ts), which behind a proxy that keeps Host (deploy/nginx) is not where the browser is,
 * and next-auth answers its redirects on it unless AUTH_URL is set.
 */
function addressedUrl(request: NextRequest): URL {
  const url = new URL(request.url);
  const host = request.headers.get('host');
  if (host) url.host = host;
  return url;
}

export async function GET(request: NextRequest) {
  return handlers.GET(new NextRequest(addressedUrl(request), { headers: request.headers }));
}

export async function POST(request: NextRequest) {
  return handleRoute(request, async () => {
    const body = await readBytes(request, AUTH_FORM_MAX_BYTES);
    const headers = new Headers(request.headers);
    headers.delete('content-length');
    headers.delete('transfer-encoding');
    return handlers.POST(new NextRequest(addressedUrl(request), { method: 'POST', headers, body }));
  });
}
