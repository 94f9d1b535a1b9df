import { NextRequest } from 'next/server';

import { handlers } from '@/server/auth/auth';
import { handleRoute } from '@/server/http/app-error';
import { readBytes } from '@/server/http/read-body';

// A sign-in or sign-out form is a few hundred bytes; next-auth would read any body whole.
const AUTH_FORM_MAX_BYTES = 16 * 1024;

export const { GET } = handlers;

export async function POST(request: NextRequest) {
  return handleRoute(request, async () => {
    const body = await readBytes(request, AUTH_FORM_MAX_BYTES);
    const headers = new Headers(request.headers);
    headers.delete('content-length');
    headers.delete('transfer-encoding');
    return handlers.POST(new NextRequest(request.url, { method: 'POST', headers, body }));
  });
}
