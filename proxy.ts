// Runs before every page and API route: refuses writes sent by other sites' pages, and gives each
// page its Content-Security-Policy (with a fresh nonce) and, over HTTPS, HSTS.
import { NextResponse, type NextRequest } from 'next/server';

import { collabUrlFor } from '@/server/collab/public-url';
import { errorResponse } from '@/server/http/app-error';
import { mapServiceOrigins } from '@/server/http/map-service-origins';
import { isForeignWrite } from '@/server/http/same-origin';
import { contentSecurityPolicy, HSTS, servedOverHttps } from '@/server/http/security-headers';

export async function proxy(request: NextRequest) {
  const https = servedOverHttps(request);
  if (isForeignWrite(request.method, request.headers)) {
    return errorResponse(403, 'foreign_origin', 'This request came from another website: changes are only taken from CivicTwin’s own pages.');
  }
  if (request.nextUrl.pathname.startsWith('/api/')) return withTransportSecurity(NextResponse.next(), https);

  const nonce = btoa(crypto.randomUUID());
  const policy = contentSecurityPolicy({
    nonce,
    collabUrl: new URL(collabUrlFor(request)).origin,
    mapOrigins: await mapServiceOrigins(),
    https,
    development: process.env.NODE_ENV === 'development',
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  return withTransportSecurity(response, https);
}

function withTransportSecurity(response: NextResponse, https: boolean) {
  if (https) response.headers.set('Strict-Transport-Security', HSTS);
  return response;
}

export const config = {
  matcher: [
    '/api/:path*',
    // Pages, and the map's worker script (a worker takes the policy its own script is served with).
    {
      source: '/((?!api/|_next/static|_next/image|basemap/|favicon.ico|icon.svg).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
